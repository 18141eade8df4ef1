namespace GovCms.Workflows;

public static class WorkflowPermissions
{
    public const string Manage = "Workflows.Manage";
    public const string Inbox = "Workflows.Inbox";
    public const string ForcePublish = "Workflows.ForcePublish";
}

namespace GovCms.Contents;

public static class ContentPermissions
{
    public const string Edit = "Contents.Edit";
    public const string Publish = "Contents.Publish";
    public const string Delete = "Contents.Delete";
    public const string ManageCategories = "Contents.ManageCategories";
}

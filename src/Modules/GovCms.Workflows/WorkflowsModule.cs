using GovCms.Audit;
using GovCms.Content;
using GovCms.Data;
using GovCms.Modules;
using GovCms.Recipes;
using GovCms.Security;
using GovCms.Workflows.Activities;
using GovCms.Workflows.Approval;
using GovCms.Workflows.Dashboard;
using GovCms.Workflows.Definitions;
using GovCms.Workflows.Endpoints;
using GovCms.Workflows.Engine;
using GovCms.Workflows.Events;
using GovCms.Events;
using GovCms.Jobs;
using GovCms.Workflows.Notifications;
using GovCms.Workflows.Recipes;
using GovCms.Workflows.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GovCms.Workflows;

/// <summary>
/// Workflows: approval by the editorial board, the inbox ("Hộp việc") with tasks and notifications, the editorial
/// dashboard, and runs about modules' own records. Jobs, events, notifications, mail and scheduled publication are
/// Core's, and work without this module.
/// </summary>
public sealed class WorkflowsModule : Module
{
    public const string Id = "Workflows";

    public override ModuleManifest Manifest { get; } = new(Id, "Quy trình biên tập",
        "Duyệt bài của Ban biên tập, hẹn giờ đăng và gỡ bài, hộp việc và thông báo.");

    public override IEnumerable<Permission> Permissions =>
    [
        new(WorkflowPermissions.Manage, "Quản lý quy trình duyệt"),
        new(WorkflowPermissions.Inbox, "Nhận việc và thông báo của quy trình biên tập", BuiltInRoles.Author, BuiltInRoles.Reviewer, BuiltInRoles.Approver),
        new(WorkflowPermissions.ForcePublish, "Đăng ngay không qua duyệt (phải ghi lý do)"),
    ];

    public override IEnumerable<AuditLabel> AuditLabels => WorkflowAuditActions.Labels;

    public override IEnumerable<AdminMenuItem> AdminMenu =>
    [
        new("Hộp việc", "inbox", WorkflowPermissions.Inbox, 5, "Nội dung"),
        new("Quy trình duyệt", "workflows", WorkflowPermissions.Manage, 915, "Hệ thống"),
    ];

    public override IEnumerable<DashboardWidget> DashboardWidgets => [new("EditorialDashboard", WorkflowPermissions.Inbox, 5)];

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IModelContributor, WorkflowModel>();
        services.AddOptions<WorkflowOptions>().BindConfiguration("GovCms:Workflows");
        services.AddHttpClient(CallWebHookActivity.ClientName, client => client.Timeout = TimeSpan.FromSeconds(10))
            .ConfigurePrimaryHttpMessageHandler(provider => WebHookConnections.CreateHandler(provider.GetRequiredService<IOptions<WorkflowOptions>>().Value));

        services.AddScoped<WorkflowDefinitionStore>();
        services.AddScoped<WorkflowDefinitionEditor>();
        services.AddScoped<DefinitionValidator>();
        services.AddScoped<ActivityCatalog>();
        services.AddHostedService<ActivityNamesCheck>();
        services.AddScoped<WorkflowEngine>();
        services.AddScoped<TaskBoard>();
        services.AddScoped<IWorkflowRuns, WorkflowRuns>();
        services.AddScoped<PublicationPermit>();
        services.AddJobHandler<WorkflowTimerJob>();
        services.AddJobHandler<QueuedContentEventJob>();
        services.AddEventSubscriber<ContentEvent, WorkflowContentSubscriber>();
        services.AddScoped<IContentHandler, WorkflowContentRemoval>();
        services.AddScoped<IContentHandler, ApprovalGuard>();
        services.AddScoped<IEditorialWorkflow, EditorialWorkflow>();
        services.AddScoped<TaskService>();
        services.AddScoped<EditorialDashboard>();
        services.AddScoped<IAdminHeaderLink, InboxHeaderLink>();
        services.AddRecipeStep<WorkflowsStep>();
        services.AddRecipeStepSchema<WorkflowsStep>("workflows");
        services.AddRecipeStepPermission("workflows", WorkflowPermissions.Manage);
        services.AddScoped<IRecipeExportContributor, WorkflowsExport>();

        services.AddActivity<ContentCreatedActivity>();
        services.AddActivity<ContentSubmittedActivity>();
        services.AddActivity<ContentPublishedActivity>();
        services.AddActivity<ContentUnpublishedActivity>();
        services.AddActivity<ContentDeletedActivity>();
        services.AddActivity<TimerActivity>();
        services.AddActivity<UserActionActivity>();
        services.AddActivity<AskForApprovalActivity>();
        services.AddActivity<PublishActivity>();
        services.AddActivity<UnpublishActivity>();
        services.AddActivity<NotifyActivity>();
        services.AddActivity<SetFieldActivity>();
        services.AddActivity<SendToChildTenantsActivity>();
        services.AddActivity<CallWebHookActivity>();
    }

    public override void MapEndpoints(ModuleEndpoints endpoints)
    {
        WorkflowAdminApi.Map(endpoints.AdminApi);
        InboxApi.Map(endpoints.AdminApi);
    }
}

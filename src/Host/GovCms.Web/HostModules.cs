using GovCms.Audit;
using GovCms.Contents;
using GovCms.Documents;
using GovCms.Media;
using GovCms.Modules;
using GovCms.TenantAdmin;
using GovCms.Users;
using GovCms.Workflows;

namespace GovCms.Web;

/// <summary>The modules this host is built with: listed here, never found by scanning folders.</summary>
public static class HostModules
{
    public static IReadOnlyList<Module> All() =>
    [
        new TenantsModule(),
        new UsersModule(),
        new AuditModule(),
        new ContentsModule(),
        new MediaModule(),
        new WorkflowsModule(),
        new DocumentsModule(),
    ];
}

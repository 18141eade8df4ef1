using GovCms.Audit;
using GovCms.Content;
using GovCms.Security;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Modules;

/// <summary>
/// A module's startup. The host lists its modules explicitly; each is registered once for the
/// whole process, and switched on or off per tenant as a feature.
/// </summary>
public abstract class Module
{
    public abstract ModuleManifest Manifest { get; }

    public virtual void ConfigureServices(IServiceCollection services) { }

    /// <summary>Maps the module's endpoints. Every group given here answers 404 on tenants where the module is off.</summary>
    public virtual void MapEndpoints(ModuleEndpoints endpoints) { }

    public virtual IEnumerable<Permission> Permissions => [];

    public virtual IEnumerable<AdminMenuItem> AdminMenu => [];

    public virtual IEnumerable<DashboardWidget> DashboardWidgets => [];

    public virtual IEnumerable<ContentTypeDefinition> ContentTypes => [];

    /// <summary>
    /// First path segments of the module's public pages other than its content types' route prefixes (e.g. "tim-kiem").
    /// No site may take one as its prefix; the content types' <see cref="ContentTypeDefinition.RoutePrefix"/> are reserved too.
    /// </summary>
    public virtual IEnumerable<string> RouteSegments => [];

    /// <summary>
    /// The Vietnamese labels of what the module writes to the audit log: its own categories, and its actions (in the
    /// engine's categories too, e.g. "content"). The audit page shows them; an entry without a label shows its code.
    /// </summary>
    public virtual IEnumerable<AuditLabel> AuditLabels => [];

    /// <summary>Commands the module adds to the host's command line (e.g. "documents import"); see <see cref="ModuleCommand"/>.</summary>
    public virtual IEnumerable<ModuleCommand> Commands => [];
}

using GovCms.Tenants;
using Microsoft.AspNetCore.Mvc;

namespace GovCms.TenantAdmin.Admin;

/// <summary>Dashboard widget of a parent site: the sites directly below it, with links.</summary>
public sealed class ChildSitesViewComponent(ITenantCatalog catalog, ICurrentTenant currentTenant) : ViewComponent
{
    public IViewComponentResult Invoke()
    {
        var children = catalog.Children(currentTenant.Required.Id);
        return children.Count == 0 ? Content("") : View(children);
    }
}

using GovCms.Modules;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace GovCms.Themes.Admin.Menu;

/// <summary>The admin menu of the layout: the entries <see cref="AdminMenuService"/> allows, grouped as the modules say.</summary>
public sealed class AdminMenuViewComponent(AdminMenuService menu) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var home = new AdminMenuLink("Tổng quan", Url.Content("~/admin"), Request.Path == "/admin");
        var groups = (await menu.MenuAsync(HttpContext.User))
            .GroupBy(item => item.Group)
            .Select(group => new AdminMenuGroup(group.Key, group.Select(ToLink).ToList()))
            .Prepend(new AdminMenuGroup(null, [home]))
            .ToList();
        return View(groups);
    }

    private AdminMenuLink ToLink(AdminMenuItem item) => new(item.Title, Url.Content("~/admin/" + item.Path), IsCurrent(item.Path));

    /// <summary>The entry's path is the page's, and every query value the entry names is the page's too ("content?type=Article").</summary>
    private bool IsCurrent(string itemPath)
    {
        var parts = itemPath.Split('?', 2);
        if (!Request.Path.Equals("/admin/" + parts[0], StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var wanted = parts.Length > 1 ? QueryString.FromUriComponent("?" + parts[1]) : QueryString.Empty;
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(wanted.Value);
        return query.All(pair => string.Equals(Request.Query[pair.Key], pair.Value, StringComparison.OrdinalIgnoreCase));
    }
}

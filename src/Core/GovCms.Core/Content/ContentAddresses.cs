using GovCms.Data;
using GovCms.Redirects;
using GovCms.Tenants;

namespace GovCms.Content;

/// <summary>
/// What a change of a published item's address does to its site, collected during one content operation: a
/// redirect from the old address to the new one, and the menu entries that follow the item to its new address,
/// or leave the menu when the item leaves the portal. The redirect joins the operation's save; the menu is
/// changed right after it, in the same transaction (<see cref="ApplyMenuAsync"/>).
/// </summary>
public sealed class ContentAddresses(GovCmsDbContext db, RedirectStore redirects, TenantService tenants, ICurrentTenant currentTenant)
{
    private readonly List<Func<IReadOnlyList<MenuEntry>, List<MenuEntry>?>> _menuChanges = [];

    /// <summary>The public address of an item of the type, relative to the site ("/tin-tuc/slug"); null for a type without pages.</summary>
    public static string? PathOf(ContentTypeDefinition type, string slug) => type.RoutePrefix is null ? null : $"/{type.RoutePrefix}/{slug}";

    public bool ChangesMenu => _menuChanges.Count > 0;

    /// <summary>The item now answers at <paramref name="to"/>: its old address redirects there and the menu follows.</summary>
    public async Task MovedAsync(string from, string to, CancellationToken cancellationToken)
    {
        await redirects.AddAsync(currentTenant.Required.Id, from, to, cancellationToken);
        _menuChanges.Add(menu => MenuAddresses.Retarget(menu, from, to));
    }

    /// <summary>The item left the portal: entries linking to it leave the menu; when deleted, redirects to it go too.</summary>
    public async Task GoneAsync(string path, bool deleted, CancellationToken cancellationToken)
    {
        if (deleted)
        {
            await redirects.RemoveToAsync(currentTenant.Required.Id, path, cancellationToken);
        }

        _menuChanges.Add(menu => MenuAddresses.Without(menu, path));
    }

    /// <summary>After the operation saved: writes the menu changes it collected (the caller holds the transaction).</summary>
    public async Task ApplyMenuAsync(CancellationToken cancellationToken)
    {
        var tenantId = currentTenant.Required.Id;
        IReadOnlyList<MenuEntry> menu = (await tenants.ContextAsync(tenantId, cancellationToken)).Menu;
        var changed = false;
        foreach (var change in _menuChanges)
        {
            if (change(menu) is { } next)
            {
                menu = next;
                changed = true;
            }
        }

        _menuChanges.Clear();
        if (!changed)
        {
            return;
        }

        await tenants.SetMenuAsync(tenantId, menu.Select(ToInput).ToList(), cancellationToken);
        await AfterCommit.RunAsync(db, tenants.RefreshCatalogAfterCommitAsync, cancellationToken);
    }

    /// <summary>Forgets what an operation that failed collected.</summary>
    public void Forget() => _menuChanges.Clear();

    private static MenuEntryInput ToInput(MenuEntry entry) =>
        new(entry.Title, entry.Url, entry.QuickLink, entry.Children.Select(ToInput).ToList());
}

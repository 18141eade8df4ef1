using GovCms.Admin;
using GovCms.Content;
using GovCms.Content.Parts;
using GovCms.Security;
using GovCms.Tenants;
using Microsoft.AspNetCore.Mvc;

namespace GovCms.Content.Admin;

/// <summary>What the confirmation page of "Gỡ khỏi cổng" or "Xóa" shows.</summary>
/// <param name="Address">Where the item is on the portal now; null when it is not published.</param>
/// <param name="MenuEntries">The titles of the menu entries that link to the item and will leave the menu.</param>
public sealed record ContentRemovalModel(ContentItem Item, ContentTypeDefinition Type, bool Delete, string? Address, IReadOnlyList<string> MenuEntries);

/// <summary>
/// "Gỡ khỏi cổng" (permission Contents.Publish) and "Xóa" (Contents.Delete), of every type whose module is on. Each asks on a page of its own, so it
/// works without JavaScript; the page says which menu entries link to the item: they leave the menu with it.
/// </summary>
[Route("admin/content/{id}")]
[RequirePermission(ContentPermissions.Edit)]
public sealed class ContentRemovalController(IContentManager content, ContentTypeCatalog types) : AdminController
{
    [HttpGet("unpublish")]
    [RequirePermission(ContentPermissions.Publish)]
    public Task<IActionResult> Unpublish(string id) => ConfirmAsync(id, delete: false);

    [HttpPost("unpublish")]
    [RequirePermission(ContentPermissions.Publish)]
    public Task<IActionResult> Unpublish(string id, string? concurrencyStamp) => RemoveAsync(id, concurrencyStamp, delete: false);

    [HttpGet("delete")]
    [RequirePermission(ContentPermissions.Delete)]
    public Task<IActionResult> Delete(string id) => ConfirmAsync(id, delete: true);

    [HttpPost("delete")]
    [RequirePermission(ContentPermissions.Delete)]
    public Task<IActionResult> Delete(string id, string? concurrencyStamp) => RemoveAsync(id, concurrencyStamp, delete: true);

    /// <summary>Takes the item off the portal, or deletes it; says which menu entries left with it.</summary>
    private async Task<IActionResult> RemoveAsync(string id, string? concurrencyStamp, bool delete)
    {
        if (await FindAsync(id) is not { } found)
        {
            return NotFound();
        }

        var menu = MenuEntriesOf(found.Address);
        var result = delete ? await content.RemoveAsync(id, concurrencyStamp ?? "") : await content.UnpublishAsync(id, concurrencyStamp ?? "");
        switch (result.Failure)
        {
            case OutcomeFailure.None when delete:
                Flash($"Đã xóa \"{found.Item.DisplayText}\".{MenuNote(menu)}");
                return RedirectToAction(nameof(ContentAdminController.Index), "ContentAdmin", new { type = found.Type.Name });
            case OutcomeFailure.None:
                Flash($"Đã gỡ \"{found.Item.DisplayText}\" khỏi cổng.{MenuNote(menu)}");
                return RedirectToAction(nameof(ContentAdminController.Edit), "ContentAdmin", new { id });
            case OutcomeFailure.NotFound:
                return NotFound();
            default:
                FlashError(string.Join(" ", result.Errors.Values));
                return RedirectToAction(nameof(ContentAdminController.Edit), "ContentAdmin", new { id });
        }
    }

    private async Task<IActionResult> ConfirmAsync(string id, bool delete)
    {
        if (await FindAsync(id) is not { } found)
        {
            return NotFound();
        }

        if (!delete && found.Item.PublishedVersion is null)
        {
            FlashError($"\"{found.Item.DisplayText}\" chưa đăng trên cổng, không có gì để gỡ.");
            return RedirectToAction(nameof(ContentAdminController.Edit), "ContentAdmin", new { id });
        }

        return View("Confirm", new ContentRemovalModel(found.Item, found.Type, delete, found.Address, MenuEntriesOf(found.Address)));
    }

    /// <summary>The item (latest version), its type, and its address on the portal (of the published version) if it has one.</summary>
    private async Task<(ContentItem Item, ContentTypeDefinition Type, string? Address)?> FindAsync(string id)
    {
        if (await content.GetAsync(id) is not { } item || types.FindEnabled(item.ContentType, CurrentTenant) is not { } type)
        {
            return null;
        }

        var published = item.Published ? item : item.PublishedVersion is null ? null : await content.GetAsync(id, VersionOptions.Published);
        return (item, type, published is null ? null : ContentAddresses.PathOf(type, published.Slug));
    }

    /// <summary>The menu entries that link to the item's address on the portal: they leave the menu with it.</summary>
    private IReadOnlyList<string> MenuEntriesOf(string? address) =>
        address is null ? [] : MenuAddresses.TitlesLinkingTo(CurrentTenant.Menu, address);

    private static string MenuNote(IReadOnlyList<string> menu) =>
        menu.Count == 0 ? "" : $" Đã bỏ khỏi menu: {string.Join(", ", menu.Select(t => $"\"{t}\""))}.";
}

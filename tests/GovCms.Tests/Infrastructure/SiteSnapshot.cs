using System.Text.Json;
using System.Text.Json.Nodes;
using GovCms.Content;
using GovCms.Contents.Categories;
using GovCms.Data;
using GovCms.Security;
using GovCms.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tests.Infrastructure;

/// <summary>
/// Everything that makes up a site apart from its name and address, as sorted JSON: two sites are equal
/// when their snapshots are equal (and a failing comparison shows the difference).
/// </summary>
public static class SiteSnapshot
{
    public static async Task<string> TakeAsync(IServiceProvider services, int tenantId)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GovCmsDbContext>();
        var tenant = await db.Set<Tenant>().AsNoTracking().SingleAsync(t => t.Id == tenantId);
        var roles = await Across<TenantRole>(db).Where(r => r.TenantId == tenantId).Include(r => r.Permissions).ToListAsync();
        var categories = await Across<Category>(db).Where(c => c.TenantId == tenantId).ToListAsync();
        var content = await Across<ContentItemRecord>(db).Where(i => i.TenantId == tenantId && !i.Deleted)
            .Join(Across<ContentVersionRecord>(db), i => i.Id, v => v.ContentItemId, (i, v) => new { Item = i, Version = v })
            .Where(x => x.Item.PublishedVersion == null ? x.Version.Latest : x.Version.Published)
            .ToListAsync();

        var snapshot = new
        {
            tenant.Level,
            tenant.Theme,
            Features = tenant.Features.Order(),
            Settings = tenant.Settings.OrderBy(s => s.Key, StringComparer.Ordinal),
            tenant.Menu,
            Roles = roles.OrderBy(r => r.Name).Select(r => new { r.Name, r.DisplayName, Permissions = r.Permissions.Select(p => p.Permission).Order() }),
            Categories = categories.OrderBy(c => c.Slug).Select(c => new { c.Slug, c.Name, c.Order }),
            Content = content.OrderBy(x => x.Item.Slug).Select(x => new
            {
                x.Item.ContentType,
                x.Item.Slug,
                x.Version.DisplayText,
                Published = x.Item.PublishedVersion != null,
                PublishedOn = x.Version.Published ? x.Version.SortDateUtc.ToString("yyyy-MM-dd HH:mm:ss") : null,
                Parts = WithoutPublishDate(x.Version.Data),
            }),
        };
        return JsonSerializer.Serialize(snapshot, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>The parts as sorted JSON, leaving out the publish date part: it is compared as the date the item shows.</summary>
    private static string WithoutPublishDate(string data)
    {
        var parts = JsonNode.Parse(data)!.AsObject();
        parts.Remove(nameof(PublishDatePart));
        return string.Join("\n", parts.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}: {p.Value?.ToJsonString()}"));
    }

    private static IQueryable<T> Across<T>(GovCmsDbContext db) where T : class =>
        db.Set<T>().IgnoreQueryFilters([GovCmsDbContext.TenantFilter]).AsNoTracking();
}

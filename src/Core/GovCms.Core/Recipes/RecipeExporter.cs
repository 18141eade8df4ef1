using System.Text.Json;
using System.Text.Json.Nodes;
using GovCms.Content;
using GovCms.Content.Parts;
using GovCms.Data;
using GovCms.Modules;
using GovCms.Security;
using GovCms.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Recipes;

/// <summary>
/// Writes a tenant as a recipe that provisions an equal tenant: features, theme, settings, menu, roles and
/// their permissions, what modules contribute (categories), and content. The new tenant's name, code,
/// parent and addresses are the recipe's parameters. Content is exported as the public sees it: the
/// published version of a published item (a newer draft on top of it is not exported), the latest
/// version of an unpublished one, with the date it was first published. Users are not exported.
/// </summary>
public sealed class RecipeExporter(IServiceScopeFactory scopeFactory, ModuleCatalog modules, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Indented = new(ContentJson.Options) { WriteIndented = true };

    public async Task<JsonObject> ExportAsync(TenantContext tenant, CancellationToken cancellationToken = default)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Set(tenant);
        var db = scope.ServiceProvider.GetRequiredService<GovCmsDbContext>();

        var steps = new JsonArray
        {
            new JsonObject { ["name"] = "features", ["enable"] = Strings(tenant.Features.Except(modules.AlwaysEnabled, StringComparer.OrdinalIgnoreCase).Order()) },
            new JsonObject { ["name"] = "theme", ["theme"] = tenant.Theme },
            new JsonObject { ["name"] = "settings", ["values"] = new JsonObject(tenant.Settings.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => KeyValuePair.Create(s.Key, (JsonNode?)s.Value))) },
            new JsonObject { ["name"] = "menu", ["entries"] = JsonSerializer.SerializeToNode(tenant.Menu, ContentJson.Options) },
            new JsonObject { ["name"] = "roles", ["roles"] = await RolesAsync(db, cancellationToken) },
        };
        foreach (var contributor in scope.ServiceProvider.GetServices<IRecipeExportContributor>())
        {
            foreach (var step in await contributor.ExportStepsAsync(tenant, cancellationToken))
            {
                steps.Add(step);
            }
        }

        steps.Add(new JsonObject { ["name"] = "content", ["items"] = await ContentAsync(db, scope.ServiceProvider.GetRequiredService<ContentTypeCatalog>(), tenant, cancellationToken) });
        return new JsonObject
        {
            ["$schema"] = "./recipe.schema.json",
            ["name"] = $"export-{tenant.Slug}",
            ["description"] = $"Xuất từ cổng \"{tenant.DisplayName}\" (mã {tenant.Name}) lúc {clock.GetUtcNow():yyyy-MM-dd HH:mm} UTC.",
            ["version"] = "1.0.0",
            ["parameters"] = new JsonArray
            {
                Parameter("unitName", "Tên đơn vị mới", tenant.DisplayName),
                Parameter("code", "Mã đơn vị mới (duy nhất)", null),
                Parameter("parent", "Mã đơn vị cấp trên; để trống khi tạo từ trang quản trị của đơn vị cấp trên", ""),
                Parameter("slug", "Đường dẫn; để trống thì lấy từ tên", ""),
                Parameter("urlPrefix", "Tiền tố đường dẫn; để trống thì bằng đường dẫn; \"/\" khi không có tiền tố", ""),
                Parameter("hostName", "Tên miền riêng; có thể để trống", ""),
            },
            ["tenant"] = new JsonObject
            {
                ["level"] = tenant.Level, ["name"] = "{{code}}", ["displayName"] = "{{unitName}}", ["parent"] = "{{parent}}",
                ["slug"] = "{{slug}}", ["urlPrefix"] = "{{urlPrefix}}", ["hostNames"] = Strings(["{{hostName}}"]),
            },
            ["steps"] = steps,
        };
    }

    /// <summary>The recipe as the text of a .recipe.json file.</summary>
    public static string ToText(JsonObject recipe) => recipe.ToJsonString(Indented);

    private static async Task<JsonArray> RolesAsync(GovCmsDbContext db, CancellationToken cancellationToken)
    {
        var roles = await db.Set<TenantRole>().AsNoTracking().Include(r => r.Permissions).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        return new JsonArray(roles.Select(r => (JsonNode)new JsonObject
        {
            ["name"] = r.Name,
            ["displayName"] = r.DisplayName,
            ["permissions"] = Strings(r.Permissions.Select(p => p.Permission).Order(StringComparer.Ordinal)),
        }).ToArray());
    }

    /// <summary>The items of the types whose module is on: an import would refuse the others (and they are not the site's now).</summary>
    private static async Task<JsonArray> ContentAsync(GovCmsDbContext db, ContentTypeCatalog types, TenantContext tenant, CancellationToken cancellationToken)
    {
        var enabled = types.EnabledFor(tenant).Select(t => t.Name).ToList();
        var rows = await db.Set<ContentItemRecord>().AsNoTracking().Where(i => enabled.Contains(i.ContentType)).OrderBy(i => i.CreatedUtc)
            .Join(db.Set<ContentVersionRecord>().AsNoTracking(), i => i.Id, v => v.ContentItemId, (i, v) => new { Item = i, Version = v })
            .Where(x => x.Item.PublishedVersion == null ? x.Version.Latest : x.Version.Published)
            .ToListAsync(cancellationToken);
        return new JsonArray(rows.Select(row =>
        {
            var item = ContentRecordMapper.ToItem(row.Version, row.Item);
            var exported = new JsonObject { ["type"] = item.ContentType, ["title"] = item.DisplayText, ["slug"] = item.Slug, ["publish"] = item.Published };
            if (item.Published)
            {
                exported["publishedUtc"] = row.Item.PublishedUtc;
            }

            exported["parts"] = item.Parts.DeepClone();
            return (JsonNode)exported;
        }).ToArray());
    }

    private static JsonObject Parameter(string name, string description, string? defaultValue)
    {
        var parameter = new JsonObject { ["name"] = name, ["description"] = description };
        if (defaultValue is null)
        {
            parameter["required"] = true;
        }
        else
        {
            parameter["default"] = defaultValue;
        }

        return parameter;
    }

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)v).ToArray());
}

using System.Net;
using GovCms.Content;
using GovCms.Content.Parts;
using GovCms.Contents;
using GovCms.Contents.Categories;
using GovCms.Data;
using GovCms.Recipes;
using GovCms.Tests.Infrastructure;
using GovCms.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static GovCms.Tests.Infrastructure.SiteClient;

namespace GovCms.Tests.Engine;

/// <summary>A type of another module that never needs approval and carries the news categories.</summary>
public static class CircularType
{
    public static readonly ContentTypeDefinition Circular = new("Circular", "Thông tư nội bộ", [nameof(CategoriesPart)], null)
    {
        Settings = new ContentTypeSettings { MayNeedApproval = false },
    };

    public static void Add(IServiceCollection services) => services.AddContentType(Circular, WorkflowsModule.Id);
}

public sealed class CircularSqliteSite : SqliteSite
{
    protected override void ConfigureTestServices(IServiceCollection services) => CircularType.Add(services);
}

public sealed class CircularPostgreSqlSite : PostgreSqlSite
{
    protected override void ConfigureTestServices(IServiceCollection services) => CircularType.Add(services);
}

/// <summary>
/// What a type's settings and its module's feature decide beyond the admin: approval, export, and the rows of a
/// module's declared index.
/// </summary>
public abstract class ContentGatingTests(GovCmsSite site)
{
    [Fact]
    public async Task A_type_that_may_not_need_approval_is_published_at_once_where_every_type_needs_approval()
    {
        const string Commune = Demo.Commune;
        // One approval for every type of the site (no types named).
        await Editorial.EnableApprovalAsync(site, Commune, steps: 2);
        using var admin = await site.SignedInAsync(Commune, Demo.Administrator(Commune));
        var api = $"/{Commune}/api/admin/content";

        var article = await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"{api}/Article", new { displayText = "Tin phải duyệt" });
        await admin.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"{api}/{Field(article, "id")}/publish", new { concurrencyStamp = Field(article, "concurrencyStamp") });

        var circular = await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"{api}/Circular", new { displayText = "Thông tư không cần duyệt" });
        var editorial = await admin.GetJsonAsync($"{api}/{Field(circular, "id")}/editorial");
        Assert.False(editorial!["approvalRequired"]!.GetValue<bool>());
        var editor = await admin.PageAsync($"/{Commune}/admin/content/{Field(circular, "id")}");
        Assert.Contains("value=\"publish\"", editor);
        var published = await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"{api}/{Field(circular, "id")}/publish", new { concurrencyStamp = Field(circular, "concurrencyStamp") });
        Assert.True(published!["published"]!.GetValue<bool>());
    }

    [Fact]
    public async Task The_export_leaves_out_content_of_types_whose_module_is_off_on_the_site()
    {
        const string Commune = Demo.OtherDistrictCommune;
        using var admin = await site.SignedInAsync(Commune, Demo.Administrator(Commune));
        await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/{Commune}/api/admin/content/Circular", new { displayText = "Thông tư của xã" });
        Assert.Contains(await ExportedTypesAsync(Commune), t => t == "Circular");

        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/{Commune}/api/admin/features/{WorkflowsModule.Id}", new { enabled = false });
        var types = await ExportedTypesAsync(Commune);
        Assert.DoesNotContain("Circular", types);
        Assert.Contains("Article", types);
        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/{Commune}/api/admin/features/{WorkflowsModule.Id}", new { enabled = true });
    }

    [Fact]
    public async Task A_modules_declared_index_gets_no_rows_where_the_module_is_off_and_rows_again_where_it_is_on()
    {
        const string Commune = Demo.SiblingCommune;
        using var admin = await site.SignedInAsync(Commune, Demo.Administrator(Commune));
        var api = $"/{Commune}/api/admin/content";
        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/{Commune}/api/admin/features/{ContentsModule.Id}", new { enabled = false });
        var circular = await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"{api}/Circular",
            new { displayText = "Thông tư có chuyên mục", categories = new[] { "tin-tuc-su-kien" } });
        var id = Field(circular, "id");
        Assert.Equal(0, await CategoryRowsAsync(Commune, id));

        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/{Commune}/api/admin/features/{ContentsModule.Id}", new { enabled = true });
        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"{api}/{id}",
            new { displayText = "Thông tư có chuyên mục (sửa)", concurrencyStamp = Field(circular, "concurrencyStamp"), categories = new[] { "tin-tuc-su-kien" } });
        Assert.Equal(1, await CategoryRowsAsync(Commune, id));
    }

    private Task<int> CategoryRowsAsync(string slug, string id) =>
        site.InTenantAsync(site.Tenant(slug), services =>
            services.GetRequiredService<GovCmsDbContext>().Set<ContentCategoryIndex>().CountAsync(r => r.ContentItemId == id));

    private async Task<List<string>> ExportedTypesAsync(string slug)
    {
        var recipe = await site.Services.GetRequiredService<RecipeExporter>().ExportAsync(site.Tenant(slug));
        var content = recipe["steps"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == "content")!;
        return content["items"]!.AsArray().Select(i => i!["type"]!.GetValue<string>()).Distinct().ToList();
    }
}

public sealed class ContentGatingSqliteTests(CircularSqliteSite site) : ContentGatingTests(site), IClassFixture<CircularSqliteSite>;

public sealed class ContentGatingPostgreSqlTests(CircularPostgreSqlSite site) : ContentGatingTests(site), IClassFixture<CircularPostgreSqlSite>;

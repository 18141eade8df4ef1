using System.Net;
using GovCms.Provisioning;
using GovCms.Recipes;
using GovCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tests.Provisioning;

/// <summary>A site exported to a recipe and provisioned again is an equal site.</summary>
public abstract class ExportTests(GovCmsSite site)
{
    [Fact]
    public async Task A_site_exported_and_provisioned_again_is_an_equal_site()
    {
        var original = site.Tenant(Demo.SiblingCommune);
        using (var admin = await site.SignedInAsync(Demo.SiblingCommune, Demo.Administrator(Demo.SiblingCommune)))
        {
            var draft = await admin.CreateArticleAsync(Demo.SiblingCommune, "Bản nháp chưa đăng về {{không phải tham số}}");
            await admin.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Put, $"/{Demo.SiblingCommune}/api/admin/roles/Reviewer/permissions",
                new { permissions = new[] { "Contents.Edit", "Contents.Publish" } });
            Assert.NotNull(draft);
        }

        using var client = await site.SignedInAsync(Demo.SiblingCommune, Demo.Administrator(Demo.SiblingCommune));
        using var download = await client.GetAsync($"/{Demo.SiblingCommune}/api/admin/export");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("export-phuong-lam-son.recipe.json", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName);
        var recipe = await download.Content.ReadAsStringAsync();

        var result = await site.Services.GetRequiredService<TenantProvisioner>().ProvisionAsync(new ProvisioningRequest
        {
            RecipeJson = recipe,
            Parameters = new Dictionary<string, string> { ["unitName"] = "Phường Lam Sơn (bản sao)", ["code"] = "99901", ["parent"] = "381" },
        });

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        var copy = result.Tenants.Single();
        Assert.Equal("phuong-lam-son-ban-sao", copy.Slug);
        Assert.Equal(await SiteSnapshot.TakeAsync(site.Services, original.Id), await SiteSnapshot.TakeAsync(site.Services, copy.Id));
    }

    [Fact]
    public async Task The_export_is_a_valid_recipe_without_users()
    {
        var exported = await site.Services.GetRequiredService<RecipeExporter>().ExportAsync(site.Tenant(Demo.Commune));
        var (recipe, errors) = RecipeReader.Read(RecipeExporter.ToText(exported), "export", HostRecipeSchema.Value);

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        Assert.Equal(["features", "theme", "settings", "menu", "roles", "categories", "documents", "content"], recipe!.Steps.Select(s => s!["name"]!.GetValue<string>()));
        Assert.DoesNotContain("quantri", RecipeExporter.ToText(exported));
    }
}

public sealed class ExportOnSqlite(SqliteSite site) : ExportTests(site), IClassFixture<SqliteSite>;

public sealed class ExportOnPostgreSql(PostgreSqlSite site) : ExportTests(site), IClassFixture<PostgreSqlSite>;

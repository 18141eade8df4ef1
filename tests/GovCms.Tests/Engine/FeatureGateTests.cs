using System.Net;
using GovCms.Contents;
using GovCms.Tests.Infrastructure;
using static GovCms.Tests.Infrastructure.SiteClient;

namespace GovCms.Tests.Engine;

public abstract class FeatureGateTests(GovCmsSite site)
{
    private const string Commune = Demo.SiblingCommune;

    [Fact]
    public async Task A_disabled_feature_answers_404_on_that_tenant_only_and_comes_back_without_restart()
    {
        using var admin = await site.SignedInAsync(Commune, Demo.Administrator(Commune));
        using var citizen = site.Client();
        string[] publicUrls = [$"/{Commune}/tin-tuc", $"/{Commune}/api/content/Article"];
        foreach (var url in publicUrls)
        {
            Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync(url)).StatusCode);
        }

        var article = Field((await admin.GetJsonAsync($"/{Commune}/api/admin/content?type=Article"))!["items"]![0], "id");
        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/{Commune}/api/admin/features/{ContentsModule.Id}", new { enabled = false });

        foreach (var url in publicUrls)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync(url)).StatusCode);
        }

        // The content API is the engine's and stays; the types of the module that is off are gone from it.
        var left = await admin.GetJsonAsync($"/{Commune}/api/admin/content");
        Assert.DoesNotContain(left!["items"]!.AsArray(), i => Field(i, "contentType") is "Article" or "Page");
        await admin.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Get, $"/{Commune}/api/admin/content?type=Article");
        await admin.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Get, $"/{Commune}/api/admin/content/{article}");
        await admin.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Post, $"/{Commune}/api/admin/content/{article}/unpublish", new { concurrencyStamp = "" });
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/{Commune}/admin/content?type=Article")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/{Commune}/admin/content/{article}")).StatusCode);
        await admin.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Post, $"/{Commune}/api/admin/content/Article", new { displayText = "Không được tạo" });
        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync($"/{Demo.Commune}/tin-tuc")).StatusCode);

        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/{Commune}/api/admin/features/{ContentsModule.Id}", new { enabled = true });
        foreach (var url in publicUrls)
        {
            Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync(url)).StatusCode);
        }
    }

    [Fact]
    public async Task A_core_feature_cannot_be_switched_off_and_an_unknown_one_is_named()
    {
        using var admin = await site.SignedInAsync(Demo.Commune, Demo.Administrator(Demo.Commune));
        var core = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"/{Demo.Commune}/api/admin/features/Users", new { enabled = false });
        Assert.Contains("không thể tắt", core!["detail"]!.GetValue<string>());
        var unknown = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"/{Demo.Commune}/api/admin/features/Khong", new { enabled = true });
        Assert.Contains("Khong", unknown!["detail"]!.GetValue<string>());
    }
}

public sealed class FeatureGateOnSqlite(SqliteSite site) : FeatureGateTests(site), IClassFixture<SqliteSite>;

public sealed class FeatureGateOnPostgreSql(PostgreSqlSite site) : FeatureGateTests(site), IClassFixture<PostgreSqlSite>;

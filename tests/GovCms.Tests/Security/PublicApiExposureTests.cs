using System.Net;
using System.Text.Json.Nodes;
using GovCms.Tests.Infrastructure;
using static GovCms.Tests.Infrastructure.SiteClient;

namespace GovCms.Tests.Security;

/// <summary>
/// Finding 9: the public JSON API shows what the portal shows and nothing of the editing; the admin API takes an
/// item's image only from the site's own media, as the editor's form does.
/// </summary>
public abstract class PublicApiExposureTests(GovCmsSite site)
{
    private const string Commune = Demo.Commune;
    private static readonly string Api = $"/{Commune}/api/admin/content";

    private static readonly string[] Internal = ["id", "contentType", "version", "latest", "published", "publishedVersion", "body", "author", "concurrencyStamp", "createdUtc"];

    [Fact]
    public async Task Published_content_over_the_public_api_has_no_login_names_stamps_or_internal_fields()
    {
        using var clerk = await site.SignedInAsync(Commune, Demo.Administrator(Commune));
        var created = await clerk.CreateArticleAsync(Commune, "Thông báo lịch tiêm chủng", publish: true, body: "Tiêm **miễn phí**.");
        using var citizen = site.Client();

        var list = await citizen.GetJsonAsync($"/{Commune}/api/content/Article?pageSize=100");
        var one = await citizen.GetJsonAsync($"/{Commune}/api/content/Article/{Field(created, "slug")}");
        var listed = list!["items"]!.AsArray().Single(i => Field(i, "slug") == Field(created, "slug"))!;

        foreach (var item in new[] { listed, one! })
        {
            var text = item.ToJsonString();
            Assert.DoesNotContain(Demo.Administrator(Commune), text);
            Assert.DoesNotContain(Field(created, "concurrencyStamp"), text);
            Assert.DoesNotContain(Field(created, "id"), text);
            Assert.All(Internal, field => Assert.False(item.AsObject().ContainsKey(field), $"the public API shows \"{field}\""));
            Assert.Equal("Thông báo lịch tiêm chủng", Field(item, "displayText"));
            Assert.Equal($"/{Commune}/tin-tuc/{Field(created, "slug")}", Field(item, "url"));
            Assert.Contains("<strong>miễn phí</strong>", Field(item, "bodyHtml"));
        }
    }

    [Theory]
    [InlineData("https://example.com/anh.png")]
    [InlineData("//example.com/anh.png")]
    [InlineData("/" + Demo.SiblingCommune + "/media/2026/01/anh.png")]
    [InlineData("/" + Commune + "/media/../../etc/passwd")]
    [InlineData("javascript:alert(1)")]
    public async Task The_admin_api_refuses_an_image_that_is_not_this_sites_media(string imageUrl)
    {
        using var clerk = await site.SignedInAsync(Commune, Demo.Author(Commune));

        var problem = await clerk.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"{Api}/Article",
            new { displayText = "Bài có ảnh lạ", imageUrl, imageAlt = "Ảnh" });

        Assert.Contains($"/{Commune}/media/", problem!["errors"]!["imageUrl"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task The_admin_api_takes_the_sites_own_media_and_keeps_an_image_it_already_had()
    {
        using var clerk = await site.SignedInAsync(Commune, Demo.Author(Commune));
        var own = $"/{Commune}/media/2026/01/anh.png";

        var created = await clerk.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"{Api}/Article", new { displayText = "Bài có ảnh của cổng", imageUrl = own, imageAlt = "Ảnh" });
        var updated = await clerk.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"{Api}/{Field(created, "id")}",
            new { displayText = "Bài có ảnh của cổng (sửa)", imageUrl = own, imageAlt = "Ảnh", concurrencyStamp = Field(created, "concurrencyStamp") });

        Assert.Equal(own, Field(updated, "imageUrl"));
    }
}

public sealed class PublicApiExposureOnSqlite(SqliteSite site) : PublicApiExposureTests(site), IClassFixture<SqliteSite>;

public sealed class PublicApiExposureOnPostgreSql(PostgreSqlSite site) : PublicApiExposureTests(site), IClassFixture<PostgreSqlSite>;

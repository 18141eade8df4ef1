using System.Net;
using GovCms.Tests.Infrastructure;

namespace GovCms.Tests.Portal;

/// <summary>The main navigation comes from the tenant's menu, which administrators replace through the admin API.</summary>
public abstract class PortalMenuTests(GovCmsSite site)
{
    private static readonly object ValidMenu = new
    {
        entries = new object[]
        {
            new { title = "Trang chủ", url = "/" },
            new
            {
                title = "Công khai ngân sách",
                url = "/trang/cong-khai-ngan-sach",
                children = new object[] { new { title = "Cổng thông tin tỉnh", url = "https://thanhhoa.gov.vn", quickLink = true } },
            },
        },
    };

    [Fact]
    public async Task The_menu_of_the_tenant_is_the_navigation_of_its_pages_and_only_of_its_pages()
    {
        using var admin = await site.SignedInAsync(Demo.Commune, Demo.Administrator(Demo.Commune));
        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/{Demo.Commune}/api/admin/menu", ValidMenu);

        using var citizen = site.Client();
        var nav = Html.Element(await citizen.PageAsync($"/{Demo.Commune}/tin-tuc"), "nav", "site-nav");
        Assert.Equal(["Trang chủ", "Công khai ngân sách", "Cổng thông tin tỉnh"], Html.LinkTexts(nav));
        Assert.Equal([$"/{Demo.Commune}/", $"/{Demo.Commune}/trang/cong-khai-ngan-sach", "https://thanhhoa.gov.vn"], Html.Hrefs(nav));
        Assert.Contains(">Cổng thông tin tỉnh</a>", await citizen.PageAsync($"/{Demo.Commune}/")); // a quick link on the home page

        var siblingNav = Html.Element(await citizen.PageAsync($"/{Demo.SiblingCommune}/tin-tuc"), "nav", "site-nav");
        Assert.Contains($"href=\"/{Demo.SiblingCommune}/van-ban\"", siblingNav);
        Assert.DoesNotContain("Công khai ngân sách", siblingNav);
    }

    [Fact]
    public async Task A_menu_with_a_bad_entry_is_refused_with_a_message_naming_it_and_the_old_menu_stays()
    {
        using var admin = await site.SignedInAsync(Demo.District, Demo.Administrator(Demo.District));
        var before = (await admin.GetJsonAsync($"/{Demo.District}/api/admin/menu"))!.ToJsonString();

        var refused = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Put, $"/{Demo.District}/api/admin/menu", new
        {
            entries = new object[]
            {
                new { title = "Trang chủ", url = "/" },
                new { title = "Liên hệ", url = "javascript:alert(1)" },
                new { title = "", url = "/trang/so-do" },
                new { title = "Tin tức", url = "/tin-tuc", children = new object[] { new { title = "Ảnh", url = "/anh", children = new object[] { new { title = "Video", url = "/video" } } } } },
            },
        });

        var errors = refused!["errors"]!;
        Assert.Contains("Mục \"Liên hệ\" có địa chỉ \"javascript:alert(1)\" không hợp lệ", errors["menu[1].url"]![0]!.GetValue<string>());
        Assert.Equal("Mục thứ 3 của menu chưa có tên.", errors["menu[2].title"]![0]!.GetValue<string>());
        Assert.Contains("Mục \"Ảnh\" đã là mục con", errors["menu[3].children[0].children"]![0]!.GetValue<string>());
        Assert.Equal(before, (await admin.GetJsonAsync($"/{Demo.District}/api/admin/menu"))!.ToJsonString());
        Assert.DoesNotContain("javascript:", await site.Client().PageAsync($"/{Demo.District}/"));
    }

    [Fact]
    public async Task Only_an_administrator_of_the_site_may_change_its_menu()
    {
        using var anonymous = site.Client();
        await anonymous.ExpectAsync(HttpStatusCode.Unauthorized, HttpMethod.Put, $"/{Demo.SiblingCommune}/api/admin/menu", ValidMenu);
        using var author = await site.SignedInAsync(Demo.SiblingCommune, Demo.Author(Demo.SiblingCommune));
        await author.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Put, $"/{Demo.SiblingCommune}/api/admin/menu", ValidMenu);
        await author.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, $"/{Demo.SiblingCommune}/api/admin/menu");
    }
}

public sealed class PortalMenuOnSqlite(SqliteSite site) : PortalMenuTests(site), IClassFixture<SqliteSite>;

public sealed class PortalMenuOnPostgreSql(PostgreSqlSite site) : PortalMenuTests(site), IClassFixture<PostgreSqlSite>;

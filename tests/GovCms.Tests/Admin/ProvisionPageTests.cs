using System.Net;
using GovCms.Tests.Infrastructure;

namespace GovCms.Tests.Admin;

public sealed class ProvisionPageTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    private const string District = Demo.District;
    private static readonly string Page = $"/{District}/admin/tenants/new";

    private static IEnumerable<(string, string)> Fields(string name, string code, string slug = "", bool confirm = false) =>
    [
        ("Recipe", "commune"), ("UnitName", name), ("Code", code), ("Slug", slug), ("HostName", ""),
        .. confirm ? new[] { ("confirm", "true") } : [],
    ];

    [Fact]
    public async Task The_preview_shows_what_will_be_created_and_creates_nothing()
    {
        using var admin = await site.SignedInAsync(District, Demo.Administrator(District));
        Assert.Contains("Tạo đơn vị cấp dưới", await admin.PageAsync($"/{District}/admin/tenants"));

        using var response = await admin.PostFormAsync(Page, Page, Fields("Phường Xem Trước", "99901"));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Sẽ tạo", page);
        Assert.Contains("/phuong-xem-truoc/", page);
        Assert.Contains("Giới thiệu", page);
        Assert.Contains("Xác nhận tạo", page);
        Assert.Equal("Phường Xem Trước", AdminPages.InputValue(page, "UnitName"));
        Assert.Null(site.Catalog.FindByName("99901"));
        Assert.Null(site.Catalog.FindByPrefix("phuong-xem-truoc"));
    }

    [Fact]
    public async Task Confirming_creates_the_site()
    {
        using var admin = await site.SignedInAsync(District, Demo.Administrator(District));

        var location = await admin.PostFormExpectingRedirectAsync(Page, Page, Fields("Phường Mới Tạo", "99902", confirm: true));

        Assert.EndsWith("/admin/tenants", location);
        var created = site.Tenant("phuong-moi-tao");
        Assert.Equal("Phường Mới Tạo", created.DisplayName);
        Assert.Equal(site.Tenant(District).Id, created.ParentId);
        Assert.Contains("Đã tạo Phường Mới Tạo, địa chỉ /phuong-moi-tao/", await admin.PageAsync(location));
        using var anonymous = site.Client();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/phuong-moi-tao/")).StatusCode);
    }

    [Fact]
    public async Task A_taken_slug_is_shown_next_to_the_slug_field_and_nothing_is_created()
    {
        using var admin = await site.SignedInAsync(District, Demo.Administrator(District));

        using var response = await admin.PostFormAsync(Page, Page, Fields("Phường Trùng", "99903", Demo.Commune, confirm: true));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("đã được đơn vị khác dùng", AdminPages.FieldError(page, "Slug"));
        Assert.Equal("Phường Trùng", AdminPages.InputValue(page, "UnitName"));
        Assert.Equal(Demo.Commune, AdminPages.InputValue(page, "Slug"));
        Assert.Null(site.Catalog.FindByName("99903"));
    }

    [Fact]
    public async Task An_empty_name_is_shown_next_to_its_field()
    {
        using var admin = await site.SignedInAsync(District, Demo.Administrator(District));

        using var response = await admin.PostFormAsync(Page, Page, Fields("", "99904", confirm: true));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Vui lòng nhập tên đơn vị.", AdminPages.FieldError(page, "UnitName"));
        Assert.Null(site.Catalog.FindByName("99904"));
    }

    [Theory]
    [InlineData("province")]
    [InlineData("khong-co")]
    public async Task A_recipe_that_cannot_create_a_site_here_is_refused_next_to_the_recipe(string recipe)
    {
        using var admin = await site.SignedInAsync(District, Demo.Administrator(District));

        using var response = await admin.PostFormAsync(Page, Page,
            [("Recipe", recipe), ("UnitName", "Tỉnh Con"), ("Code", "99905"), ("Slug", ""), ("HostName", ""), ("confirm", "true")]);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"Không có công thức \"{recipe}\"", AdminPages.FieldError(page, "Recipe"));
        Assert.Equal("Tỉnh Con", AdminPages.InputValue(page, "UnitName"));
        Assert.Null(site.Catalog.FindByName("99905"));
    }

    [Fact]
    public async Task An_author_of_the_district_may_not_provision()
    {
        using var author = await site.SignedInAsync(District, Demo.Author(District));

        Assert.Equal(HttpStatusCode.Forbidden, (await author.GetAsync(Page)).StatusCode);
    }
}

using System.Net;
using System.Text.RegularExpressions;
using GovCms.Tests.Infrastructure;

namespace GovCms.Tests.Admin;

/// <summary>
/// Creating a site below the current one or below a site under it ("Thuộc đơn vị"), from the child-sites page;
/// the parent, the unit code and the host name checked next to their fields; the unit chain in tree order.
/// </summary>
public sealed partial class ChildSiteFormTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    private const string Page = "/admin/tenants/new";

    private static (string, string)[] Fields(int parent, string recipe, string name, string code, string hostName = "", bool confirm = true) =>
    [
        ("Parent", parent.ToString()), ("Recipe", recipe), ("UnitName", name), ("Code", code), ("Slug", ""), ("HostName", hostName),
        .. confirm ? new[] { ("confirm", "true") } : [],
    ];

    [Fact]
    public async Task The_province_chooses_among_itself_and_the_districts_below_it_in_tree_order()
    {
        using var admin = await site.SignedInAsync(Demo.Province, Demo.Administrator(Demo.Province));

        var options = Options(await admin.PageAsync(Page), "Parent");

        var province = site.Tenant(Demo.Province);
        var districts = site.Catalog.Children(province.Id);
        Assert.Equal([$"{province.DisplayName} (Tỉnh, thành phố)", .. districts.Select(d => $"— {d.DisplayName} (Quận, huyện)")], options.Select(o => o.Text));
        Assert.Equal(province.Id.ToString(), Assert.Single(options, o => o.Selected).Value);
        Assert.DoesNotContain(options, o => o.Text.Contains(site.Tenant(Demo.Commune).DisplayName));
        var recipes = Options(await admin.PageAsync(Page), "Recipe").Select(o => o.Value).ToList();
        Assert.Contains("district", recipes);
        Assert.Contains("commune", recipes);
    }

    [Fact]
    public async Task The_button_of_a_district_page_passes_the_district_and_the_commune_is_created_below_it()
    {
        using var admin = await site.SignedInAsync(Demo.Province, Demo.Administrator(Demo.Province));
        var district = site.Tenant(Demo.District);
        var childSites = await admin.PageAsync($"/admin/tenants?parent={district.Id}");
        var button = ButtonLink().Match(childSites);
        Assert.True(button.Success, "the page has a button to create a site below the district");
        Assert.Equal($"/admin/tenants/new?parent={district.Id}", WebUtility.HtmlDecode(button.Groups[1].Value));

        var form = await admin.PageAsync($"{Page}?parent={district.Id}");
        Assert.Equal(district.Id.ToString(), Assert.Single(Options(form, "Parent"), o => o.Selected).Value);

        var location = await admin.PostFormExpectingRedirectAsync(Page, Page, Fields(district.Id, "commune", "Phường Dưới Huyện", "90501"));

        Assert.Equal($"/admin/tenants?parent={district.Id}", location);
        Assert.Equal(district.Id, site.Catalog.FindByName("90501")!.ParentId);
    }

    [Fact]
    public async Task A_parent_of_a_level_that_cannot_have_the_recipes_level_below_it_is_refused_next_to_the_field()
    {
        using var admin = await site.SignedInAsync(Demo.Province, Demo.Administrator(Demo.Province));

        var underDistrict = await PostAsync(admin, Fields(site.Tenant(Demo.District).Id, "district", "Huyện Trong Huyện", "905"));
        Assert.Contains("không thể có đơn vị cấp Quận, huyện trực thuộc", AdminPages.FieldError(underDistrict, "Parent"));

        var underCommune = await PostAsync(admin, Fields(site.Tenant(Demo.Commune).Id, "commune", "Xã Trong Phường", "90502"));
        Assert.Contains("không thể có đơn vị cấp Xã, phường trực thuộc", AdminPages.FieldError(underCommune, "Parent"));

        Assert.Null(site.Catalog.FindByName("905"));
        Assert.Null(site.Catalog.FindByName("90502"));
    }

    [Fact]
    public async Task A_parent_outside_the_callers_subtree_is_refused_and_nothing_is_created()
    {
        using var admin = await site.SignedInAsync(Demo.District, Demo.Administrator(Demo.District));
        var otherDistrict = site.Catalog.FindByName("395")!;
        var page = $"/{Demo.District}{Page}";

        using var response = await admin.PostFormAsync(page, page, Fields(otherDistrict.Id, "commune", "Xã Huyện Khác", "90503"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains($"Hãy chọn đơn vị cấp trên là {site.Tenant(Demo.District).DisplayName}", AdminPages.FieldError(html, "Parent"));
        Assert.Null(site.Catalog.FindByName("90503"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{page}?parent={otherDistrict.Id}")).StatusCode);
    }

    [Theory]
    [InlineData("14a21", "Mã đơn vị là mã GSO gồm 5 chữ số của cấp Xã, phường, ví dụ 14821.")]
    [InlineData("1482", "Mã đơn vị là mã GSO gồm 5 chữ số của cấp Xã, phường, ví dụ 14821.")]
    [InlineData("", "Vui lòng nhập mã đơn vị (mã GSO), ví dụ 14821.")]
    public async Task A_unit_code_that_is_not_a_gso_code_is_refused_next_to_the_field(string code, string message)
    {
        using var admin = await site.SignedInAsync(Demo.District, Demo.Administrator(Demo.District));

        var html = await PostAsync(admin, Fields(site.Tenant(Demo.District).Id, "commune", "Phường Mã Sai", code), $"/{Demo.District}{Page}");

        Assert.Equal(message, AdminPages.FieldError(html, "Code"));
        Assert.Null(site.Catalog.FindByPrefix("phuong-ma-sai"));
    }

    [Fact]
    public async Task A_host_name_of_the_wrong_form_is_refused_next_to_the_field()
    {
        using var admin = await site.SignedInAsync(Demo.District, Demo.Administrator(Demo.District));

        var html = await PostAsync(admin, Fields(site.Tenant(Demo.District).Id, "commune", "Phường Tên Miền Sai", "90504", "https://x.thanhhoa.gov.vn/"), $"/{Demo.District}{Page}");

        Assert.Contains("không kèm \"http://\"", AdminPages.FieldError(html, "HostName"));
        Assert.Null(site.Catalog.FindByName("90504"));
    }

    [Fact]
    public async Task The_lowest_level_offers_no_button_to_create_below_it()
    {
        using var province = await site.SignedInAsync(Demo.Province, Demo.Administrator(Demo.Province));
        var commune = await province.PageAsync($"/admin/tenants?parent={site.Tenant(Demo.Commune).Id}");
        Assert.DoesNotMatch(ButtonLink(), commune);
        Assert.Contains("thuộc cấp thấp nhất", commune);

        using var communeAdmin = await site.SignedInAsync(Demo.Commune, Demo.Administrator(Demo.Commune));
        Assert.DoesNotMatch(ButtonLink(), await communeAdmin.PageAsync($"/{Demo.Commune}/admin/tenants"));
    }

    [Fact]
    public async Task The_units_above_are_shown_from_the_top_of_the_tree_down()
    {
        var province = site.Tenant(Demo.Province).DisplayName;
        var district = site.Tenant(Demo.District).DisplayName;
        using var communeAdmin = await site.SignedInAsync(Demo.Commune, Demo.Administrator(Demo.Commune));
        Assert.Contains($"Thuộc {province} › {district}", await communeAdmin.PageAsync($"/{Demo.Commune}/admin"));

        using var admin = await site.SignedInAsync(Demo.Province, Demo.Administrator(Demo.Province));
        var trail = Regex.Match(await admin.PageAsync($"/admin/tenants?parent={site.Tenant(Demo.District).Id}"), "<nav aria-label=\"Đường dẫn đơn vị\">(.*?)</nav>", RegexOptions.Singleline).Groups[1].Value;
        Assert.True(trail.IndexOf(province, StringComparison.Ordinal) < trail.IndexOf(district, StringComparison.Ordinal), trail);
    }

    private static async Task<string> PostAsync(SiteClient admin, IEnumerable<(string, string)> fields, string page = Page)
    {
        using var response = await admin.PostFormAsync(page, page, fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static List<(string Value, string Text, bool Selected)> Options(string html, string select)
    {
        var list = Regex.Match(html, $"<select id=\"{select}\"[^>]*>(.*?)</select>", RegexOptions.Singleline).Groups[1].Value;
        return Regex.Matches(list, "<option value=\"([^\"]*)\"( selected=\"selected\")?>(.*?)</option>")
            .Select(m => (m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[3].Value), m.Groups[2].Success)).ToList();
    }

    [GeneratedRegex("<a class=\"button\" href=\"([^\"]*tenants/new[^\"]*)\"")]
    private static partial Regex ButtonLink();
}

using System.Net;
using GovCms.Tests.Infrastructure;

namespace GovCms.Tests.Admin;

public sealed class MenuEditorTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    private const string Commune = Demo.Commune;
    private static readonly string Editor = $"/{Commune}/admin/menu";

    private static IEnumerable<(string, string)> Row(int index, string title, string url, int position, bool child = false, bool quickLink = false) =>
    [
        ($"Rows[{index}].Title", title), ($"Rows[{index}].Url", url), ($"Rows[{index}].Position", position.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ($"Rows[{index}].IsChild", child ? "true" : "false"), ($"Rows[{index}].QuickLink", quickLink ? "true" : "false"),
    ];

    [Fact]
    public async Task The_menu_is_edited_as_numbered_lines_with_children_after_their_parent()
    {
        using var admin = await site.SignedInAsync(Commune, Demo.Administrator(Commune));
        var page = await admin.PageAsync(Editor);
        foreach (var entry in site.Tenant(Commune).Menu)
        {
            Assert.Contains($"value=\"{entry.Title}\"", page);
        }

        await admin.PostFormExpectingRedirectAsync(Editor, Editor,
        [
            .. Row(0, "Tin tức", "/tin-tuc", 2),
            .. Row(1, "Chỉ đạo điều hành", "/chuyen-muc/chi-dao-dieu-hanh", 3, child: true),
            .. Row(2, "Trang chủ", "/", 1),
            .. Row(3, "Dịch vụ công", "https://dichvucong.gov.vn", 4, quickLink: true),
            .. Row(4, "", "", 5),
        ]);

        var menu = site.Tenant(Commune).Menu;
        Assert.Equal(["Trang chủ", "Tin tức", "Dịch vụ công"], menu.Select(e => e.Title));
        Assert.Equal(["Chỉ đạo điều hành"], menu[1].Children.Select(c => c.Title));
        Assert.True(menu[2].QuickLink);
        Assert.Contains("value=\"Dịch vụ công\"", await admin.PageAsync(Editor));
    }

    [Fact]
    public async Task A_bad_address_is_shown_on_its_line_and_the_menu_in_use_is_kept()
    {
        const string tenant = Demo.SiblingCommune;
        var editor = $"/{tenant}/admin/menu";
        using var admin = await site.SignedInAsync(tenant, Demo.Administrator(tenant));
        var before = site.Tenant(tenant).Menu;

        using var response = await admin.PostFormAsync(editor, editor,
            [.. Row(0, "Trang chủ", "/", 1), .. Row(1, "Liên hệ", "javascript:alert(1)", 2), .. Row(2, "Mồ côi", "/x", 0, child: true)]);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("javascript:alert(1)", AdminPages.FieldError(page, "Rows_1__Url"));
        Assert.Contains("không có mục cấp đầu nào đứng trước nó", AdminPages.FieldError(page, "Rows_2__Title"));
        Assert.Equal(before, site.Tenant(tenant).Menu);
    }
}

using GovCms.Tenants;

namespace GovCms.Tests.Portal;

public sealed class MenuRulesTests
{
    [Theory]
    [InlineData("/", true)]
    [InlineData("/tin-tuc?page=2", true)]
    [InlineData("https://dichvucong.gov.vn/p/home/dvc-trang-chu.html", true)]
    [InlineData("http://thanhhoa.gov.vn", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("JavaScript:alert(1)", false)]
    [InlineData("data:text/html,xin-chao", false)]
    [InlineData("//trang-gia-mao.example", false)] // protocol-relative: another site that looks like ours
    [InlineData("/\\trang-gia-mao.example", false)]
    [InlineData("tin-tuc", false)]                 // relative to what? ambiguous under a tenant prefix
    [InlineData("/tin tuc", false)]
    [InlineData("ftp://thanhhoa.gov.vn", false)]
    public void A_link_is_a_path_of_the_site_or_a_web_address(string url, bool allowed) =>
        Assert.Equal(allowed, MenuRules.IsAllowedUrl(url));

    [Fact]
    public void Titles_are_trimmed_and_normalized_to_NFC()
    {
        var decomposed = " Giới thiệu ".Normalize(System.Text.NormalizationForm.FormD);
        Assert.NotEqual(" Giới thiệu ", decomposed);
        var (menu, errors) = MenuRules.Check([new MenuEntryInput(decomposed, " /trang/gioi-thieu ")]);
        Assert.Empty(errors);
        Assert.Equal("Giới thiệu", menu[0].Title);
        Assert.Equal("/trang/gioi-thieu", menu[0].Url);
    }

    [Fact]
    public void An_empty_entry_is_refused_by_its_position()
    {
        var (_, errors) = MenuRules.Check([new MenuEntryInput("Trang chủ", "/"), null!]);
        Assert.Equal("Mục thứ 2 của menu chưa có tên.", errors["menu[1].title"]);
        Assert.Equal("Mục thứ 2 của menu chưa có địa chỉ liên kết.", errors["menu[1].url"]);
    }
}

using System.Text;
using GovCms.Text;

namespace GovCms.Tests.Engine;

public sealed class VietnameseTextTests
{
    [Theory]
    [InlineData("Thông báo mời thầu - Đông Sơn", "thong-bao-moi-thau-dong-son")]
    [InlineData("Thông báo mời thầu gói số 2 - Đông Sơn", "thong-bao-moi-thau-goi-so-2-dong-son")]
    [InlineData("  ĐẢNG ỦY xã Đồng Tiến!!  ", "dang-uy-xa-dong-tien")]
    [InlineData("Hòa Bình / Hoà Bình", "hoa-binh-hoa-binh")]
    [InlineData("---", "")]
    public void Slugs_fold_vietnamese(string title, string slug) => Assert.Equal(slug, VietnameseText.Slugify(title));

    [Fact]
    public void Decomposed_input_folds_like_composed_input()
    {
        var decomposed = "Thúy Đông Sơn".Normalize(NormalizationForm.FormD);
        Assert.NotEqual("Thúy Đông Sơn", decomposed);
        Assert.Equal("Thuy Dong Son", VietnameseText.Fold(decomposed));
        Assert.Equal(VietnameseText.Slugify("Thúy Đông Sơn"), VietnameseText.Slugify(decomposed));
    }

    [Fact]
    public void Long_titles_give_slugs_of_at_most_120_characters_without_a_trailing_dash()
    {
        var slug = VietnameseText.Slugify(string.Concat(Enumerable.Repeat("Thông báo ", 30)));
        Assert.True(slug.Length <= 120);
        Assert.True(VietnameseText.IsSlug(slug));
    }

    [Theory]
    [InlineData("<b>in đậm</b>", "&lt;b&gt;in đậm&lt;/b&gt;")]
    [InlineData("[liên kết](javascript:alert(1))", "href=\"#\"")]
    [InlineData("[gọi](tel:02373852000)", "href=\"tel:02373852000\"")]
    [InlineData("<https://thanhhoa.gov.vn>", "href=\"https://thanhhoa.gov.vn\"")]
    public void Markdown_keeps_raw_html_and_unsafe_links_out(string markdown, string expected) =>
        Assert.Contains(expected, MarkdownRenderer.ToHtml(markdown));

    [Fact]
    public void Dates_are_shown_in_vietnam_time()
    {
        var utc = new DateTime(2026, 3, 4, 18, 30, 0, DateTimeKind.Utc);
        Assert.Equal("05/03/2026", VietnamTime.FormatDate(utc));
        Assert.Equal("ngày 05 tháng 3 năm 2026", VietnamTime.FormatLong(utc));
    }
}

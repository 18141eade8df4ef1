namespace GovCms.Tests;

public class Smoke
{
    [Fact]
    public void Slug() => Assert.Equal("thong-bao-moi-thau-dong-son", GovCms.Text.VietnameseText.Slugify("Thông báo mời thầu - Đông Sơn"));
}

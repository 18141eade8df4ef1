using System.Net;
using System.Text.RegularExpressions;
using GovCms.Media;
using GovCms.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace GovCms.Tests.Media;

/// <summary>Uploaded images get 320, 640 and 1280 px WebP renditions, which pages offer in srcset with the image's size.</summary>
public sealed class ImageRenditionTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    [Fact]
    public async Task An_upload_gets_webp_renditions_narrower_than_itself_served_like_other_media()
    {
        var url = await UploadAsync(Demo.Commune, Jpeg(1600, 900));

        Assert.Matches(@"^/phuong-dong-son/media/\d{4}/\d\d/[0-9a-f]{32}\.jpg$", url);
        var folder = url[..(url.LastIndexOf('/') + 1)];
        var name = Path.GetFileNameWithoutExtension(url);
        foreach (var width in new[] { 320, 640, 1280 })
        {
            using var response = await site.Client().GetAsync($"{folder}{name}-{width}w.webp");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("image/webp", response.Content.Headers.ContentType?.MediaType);
            using var image = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
            Assert.Equal(width, image.Width);
            Assert.Equal((int)Math.Round(900.0 * width / 1600), image.Height);
        }

        var small = await UploadAsync(Demo.Commune, Jpeg(500, 400));
        var smallName = Path.GetFileNameWithoutExtension(small);
        Assert.Equal(HttpStatusCode.OK, (await site.Client().GetAsync(small[..(small.LastIndexOf('/') + 1)] + $"{smallName}-320w.webp")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Client().GetAsync(small[..(small.LastIndexOf('/') + 1)] + $"{smallName}-640w.webp")).StatusCode);
    }

    [Fact]
    public async Task Pages_offer_the_renditions_in_srcset_with_width_and_height_and_lazy_load_what_is_below_the_fold()
    {
        const string slug = Demo.SiblingCommune;
        var url = await UploadAsync(slug, Jpeg(2000, 1000));
        using var editor = await site.SignedInAsync(slug, Demo.Administrator(slug));
        var article = await editor.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/{slug}/api/admin/content/Article",
            new { displayText = "Khánh thành nhà văn hóa khu phố 3", summary = "Tóm tắt", body = "Nội dung.", imageUrl = url, imageAlt = "Nhà văn hóa mới", publish = true });

        var page = await site.Client().PageAsync($"/{slug}/tin-tuc/{SiteClient.Field(article, "slug")}");
        var img = Regex.Match(page, @"<figure class=""article__figure"">\s*(<img [^>]*>)").Groups[1].Value;
        var name = Path.GetFileNameWithoutExtension(url);
        Assert.Contains($"src=\"{url}\"", img);
        Assert.Contains("alt=\"Nhà văn hóa mới\"", img);
        Assert.Contains("width=\"2000\" height=\"1000\"", img);
        Assert.Contains($"-320w.webp 320w, ", img);
        Assert.Contains($"{name}-1280w.webp 1280w, {url} 2000w\"", img);
        Assert.Contains("sizes=\"", img);
        Assert.Contains("fetchpriority=\"high\"", img); // the article's own picture is on the first screen
        Assert.DoesNotContain("loading=\"lazy\"", img);

        var list = await site.Client().PageAsync($"/{slug}/tin-tuc");
        var card = Regex.Match(list, @"<img class=""card__image""[^>]*>").Value;
        Assert.Contains("loading=\"lazy\"", card);
        Assert.Contains("width=\"2000\" height=\"1000\"", card);
    }

    [Fact]
    public async Task An_image_uploaded_before_renditions_existed_is_shown_as_it_is_with_its_size()
    {
        var tenant = site.Tenant(Demo.Commune);
        var folder = Path.Combine(site.MediaFolder, tenant.Id.ToString(), "2025", "06");
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, "anh-cu.jpg"), Jpeg(800, 600));
        var image = await site.InTenantAsync(tenant, services =>
            Task.FromResult(services.GetRequiredService<MediaStore>().Describe($"/{Demo.Commune}/media/2025/06/anh-cu.jpg", $"/{Demo.Commune}")));

        Assert.Equal(800, image.Width);
        Assert.Equal(600, image.Height);
        Assert.Empty(image.Renditions);
        Assert.Equal(HttpStatusCode.OK, (await site.Client().GetAsync($"/{Demo.Commune}/media/2025/06/anh-cu.jpg")).StatusCode);
    }

    private Task<string> UploadAsync(string slug, byte[] jpeg) =>
        site.InTenantAsync(site.Tenant(slug), async services =>
        {
            using var stream = new MemoryStream(jpeg);
            var upload = await services.GetRequiredService<MediaStore>().SaveImageAsync(
                new FormFile(stream, 0, jpeg.Length, "file", "anh.jpg"), $"/{slug}");
            Assert.True(upload.Succeeded, upload.Error);
            return upload.Url!;
        });

    private static byte[] Jpeg(int width, int height)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        surface.Canvas.Clear(new SKColor(30, 90, 160));
        using var paint = new SKPaint { Color = SKColors.Gold };
        surface.Canvas.DrawCircle(width / 2f, height / 2f, height / 3f, paint);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 85);
        return data.ToArray();
    }
}

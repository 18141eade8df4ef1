using SkiaSharp;

namespace GovCms.Media;

/// <summary>A smaller copy of an uploaded image, for srcset.</summary>
public sealed record ImageRendition(string Url, int Width);

/// <summary>An uploaded image as a page shows it: its size (for width and height, so nothing shifts) and its renditions.</summary>
public sealed record MediaImage(string Url, int? Width, int? Height, IReadOnlyList<ImageRendition> Renditions);

/// <summary>
/// Resized WebP copies of an upload, 320, 640 and 1280 px wide (only those narrower than the original), next to it:
/// "{name}-640w.webp". Written when the image is uploaded; an image without them is shown as it is.
/// </summary>
public static class ImageRenditions
{
    public static readonly IReadOnlyList<int> Widths = [320, 640, 1280];

    private const int Quality = 80;

    public static string FileName(string originalFileName, int width) => $"{Path.GetFileNameWithoutExtension(originalFileName)}-{width}w.webp";

    /// <summary>The size the image is shown at (its EXIF orientation applied), or null when it cannot be read.</summary>
    public static (int Width, int Height)? Measure(string path)
    {
        using var codec = SKCodec.Create(path);
        if (codec is null)
        {
            return null;
        }

        return SwapsSides(codec.EncodedOrigin) ? (codec.Info.Height, codec.Info.Width) : (codec.Info.Width, codec.Info.Height);
    }

    /// <summary>Writes the renditions of the image at <paramref name="path"/>; an animated GIF or an unreadable file gets none.</summary>
    public static void Create(string path)
    {
        using var codec = SKCodec.Create(path);
        if (codec is null || codec.FrameCount > 1)
        {
            return;
        }

        using var decoded = SKBitmap.Decode(codec);
        if (decoded is null)
        {
            return;
        }

        using var upright = Orient(decoded, codec.EncodedOrigin);
        foreach (var width in Widths.Where(w => w < upright.Width))
        {
            var height = Math.Max(1, (int)Math.Round(upright.Height * (double)width / upright.Width));
            using var resized = upright.Resize(new SKImageInfo(width, height), new SKSamplingOptions(SKCubicResampler.Mitchell));
            using var image = SKImage.FromBitmap(resized);
            using var data = image.Encode(SKEncodedImageFormat.Webp, Quality);
            using var file = File.Create(Path.Combine(Path.GetDirectoryName(path)!, FileName(path, width)));
            data.SaveTo(file);
        }
    }

    /// <summary>Camera photos are turned a quarter (EXIF "RightTop", "LeftBottom") or upside down; mirrored ones are left as they are.</summary>
    private static bool SwapsSides(SKEncodedOrigin origin) => origin is SKEncodedOrigin.RightTop or SKEncodedOrigin.LeftBottom;

    private static SKBitmap Orient(SKBitmap bitmap, SKEncodedOrigin origin)
    {
        if (origin is not (SKEncodedOrigin.RightTop or SKEncodedOrigin.LeftBottom or SKEncodedOrigin.BottomRight))
        {
            return bitmap.Copy();
        }

        var swap = SwapsSides(origin);
        var result = new SKBitmap(swap ? bitmap.Height : bitmap.Width, swap ? bitmap.Width : bitmap.Height);
        using var canvas = new SKCanvas(result);
        switch (origin)
        {
            case SKEncodedOrigin.BottomRight:
                canvas.RotateDegrees(180, bitmap.Width / 2f, bitmap.Height / 2f);
                break;
            case SKEncodedOrigin.RightTop:
                canvas.Translate(result.Width, 0);
                canvas.RotateDegrees(90);
                break;
            case SKEncodedOrigin.LeftBottom:
                canvas.Translate(0, result.Height);
                canvas.RotateDegrees(270);
                break;
        }

        using var image = SKImage.FromBitmap(bitmap);
        canvas.DrawImage(image, 0, 0, SKSamplingOptions.Default);
        return result;
    }
}

using System.Text;
using GovCms.Media;

namespace GovCms.Tests.Admin;

public sealed class ImageFormatTests
{
    public static TheoryData<string, byte[]> Images => new()
    {
        { "jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1] },
        { "png", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D] },
        { "gif", Encoding.ASCII.GetBytes("GIF89a\x01\0\x01\0\0\0") },
        { "webp", Encoding.ASCII.GetBytes("RIFF\x24\0\0\0WEBP") },
    };

    [Theory]
    [MemberData(nameof(Images))]
    public void Images_are_recognised_by_their_first_bytes(string extension, byte[] header) =>
        Assert.Equal(extension, ImageFormat.Detect(header)?.Extension);

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>")]
    [InlineData("%PDF-1.7 and more")]
    [InlineData("RIFF\x24\0\0\0WAVE")]
    [InlineData("GIF8")]
    [InlineData("")]
    public void Anything_else_is_not_an_image(string content) =>
        Assert.Null(ImageFormat.Detect(Encoding.ASCII.GetBytes(content)));
}

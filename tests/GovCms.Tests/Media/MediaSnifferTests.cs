using GovCms.Media;

namespace GovCms.Tests.Media;

/// <summary>Every format is recognised by its content; names and anything else are not trusted.</summary>
public sealed class MediaSnifferTests
{
    public static TheoryData<string, string> Files => new()
    {
        { "pdf", nameof(MediaFixtures.Pdf) },
        { "docx", nameof(MediaFixtures.Docx) },
        { "xlsx", nameof(MediaFixtures.Xlsx) },
        { "pptx", nameof(MediaFixtures.Pptx) },
        { "odt", nameof(MediaFixtures.Odt) },
        { "ods", nameof(MediaFixtures.Ods) },
        { "wav", nameof(MediaFixtures.Wav) },
        { "mp3", nameof(MediaFixtures.Mp3WithTag) },
        { "mp3", nameof(MediaFixtures.Mp3Frame) },
        { "aac", nameof(MediaFixtures.Aac) },
        { "m4a", nameof(MediaFixtures.M4a) },
        { "mp4", nameof(MediaFixtures.Mp4) },
        { "ogg", nameof(MediaFixtures.Ogg) },
        { "png", nameof(MediaFixtures.Png) },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_format_is_recognised_from_its_content(string extension, string fixture) =>
        Assert.Equal(extension, MediaSniffer.Detect(new MemoryStream(Make(fixture)))?.Extension);

    [Theory]
    [InlineData(nameof(MediaFixtures.Html))]
    [InlineData(nameof(MediaFixtures.PlainZip))]
    public void A_web_page_or_a_zip_that_is_no_document_is_not_recognised(string fixture) =>
        Assert.Null(MediaSniffer.Detect(new MemoryStream(Make(fixture))));

    [Fact]
    public void A_zip_with_content_types_but_no_office_part_and_a_truncated_zip_are_not_documents()
    {
        var docx = MediaFixtures.Docx();
        Assert.Null(MediaSniffer.Detect(new MemoryStream(docx[..40])));
        Assert.Null(MediaSniffer.Detect(new MemoryStream(MediaFixtures.OpenDocument("application/x-khac"))));
        Assert.Null(MediaSniffer.Detect(new MemoryStream([0, 0, 0, 0x18, .. "ftypqt  "u8, 0, 0, 0, 0])));
        Assert.Null(MediaSniffer.Detect(new MemoryStream([0xFF, 0xFF, 0xFF, 0xFF])));
    }

    [Fact]
    public void Formats_carry_their_kind_and_only_office_files_are_downloaded()
    {
        Assert.Equal(MediaKind.Document, MediaFormat.Docx.Kind);
        Assert.False(MediaFormat.Docx.Inline);
        Assert.True(MediaFormat.Pdf.Inline);
        Assert.Equal(MediaKind.Audio, MediaFormat.Wav.Kind);
        Assert.Equal(MediaKind.Video, MediaFormat.Mp4.Kind);
        Assert.Equal("ảnh JPEG, PNG, GIF hoặc WebP", MediaText.Accepted([MediaKind.Image]));
    }

    private static byte[] Make(string fixture) => (byte[])typeof(MediaFixtures).GetMethod(fixture)!.Invoke(null, fixture is nameof(MediaFixtures.Wav) ? [4000] : [])!;
}

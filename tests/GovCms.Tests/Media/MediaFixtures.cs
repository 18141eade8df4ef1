using System.IO.Compression;
using System.Text;

namespace GovCms.Tests.Media;

/// <summary>Small real files of every format the library takes, made here so no binary fixture is checked in.</summary>
public static class MediaFixtures
{
    /// <summary>A one-page PDF a reader opens.</summary>
    public static byte[] Pdf()
    {
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
        };
        var text = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(text.Length);
            text.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = text.Length;
        text.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            text.Append($"{offset:D10} 00000 n \n");
        }

        text.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(text.ToString());
    }

    /// <summary>A Word document: the parts a DOCX has, zipped.</summary>
    public static byte[] Docx() => Office("word", "document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Quyết định</w:t></w:r></w:p></w:body></w:document>");

    public static byte[] Xlsx() => Office("xl", "workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets/></workbook>");

    public static byte[] Pptx() => Office("ppt", "presentation.xml", "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
        "<p:presentation xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"/>");

    /// <summary>An OpenDocument file: "mimetype" first and stored, then the content.</summary>
    public static byte[] OpenDocument(string mimeType) => Zip(zip =>
    {
        Add(zip, "mimetype", mimeType, CompressionLevel.NoCompression);
        Add(zip, "content.xml", "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>");
        Add(zip, "META-INF/manifest.xml", "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"/>");
    });

    public static byte[] Odt() => OpenDocument("application/vnd.oasis.opendocument.text");

    public static byte[] Ods() => OpenDocument("application/vnd.oasis.opendocument.spreadsheet");

    /// <summary>A zip that is no document.</summary>
    public static byte[] PlainZip() => Zip(zip => Add(zip, "readme.txt", "Không phải tài liệu."));

    /// <summary>A PCM WAV file of <paramref name="samples"/> 16-bit mono samples at 8 kHz.</summary>
    public static byte[] Wav(int samples = 4000)
    {
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);
        writer.Write("RIFF"u8);
        writer.Write(36 + samples * 2);
        writer.Write("WAVEfmt "u8);
        writer.Write(16);
        writer.Write((short)1);
        writer.Write((short)1);
        writer.Write(8000);
        writer.Write(16000);
        writer.Write((short)2);
        writer.Write((short)16);
        writer.Write("data"u8);
        writer.Write(samples * 2);
        for (var i = 0; i < samples; i++)
        {
            writer.Write((short)(Math.Sin(i / 4.0) * 8000));
        }

        writer.Flush();
        return stream.ToArray();
    }

    /// <summary>An MP3 with an ID3v2 tag before its first frame (MPEG-1 layer III, 128 kbit/s, 44.1 kHz).</summary>
    public static byte[] Mp3WithTag() => [.. "ID3"u8, 3, 0, 0, 0, 0, 0, 0, .. Mp3Frame()];

    /// <summary>An MP3 that starts with its first frame.</summary>
    public static byte[] Mp3Frame() => [0xFF, 0xFB, 0x90, 0x64, .. new byte[413]];

    /// <summary>AAC in ADTS frames.</summary>
    public static byte[] Aac() => [0xFF, 0xF1, 0x50, 0x80, 0x02, 0x1F, 0xFC, .. new byte[9]];

    public static byte[] M4a() => Iso("M4A ");

    public static byte[] Mp4() => Iso("isom");

    public static byte[] Ogg() => [.. "OggS"u8, 0, 2, .. new byte[8], 0, 0, 0, 0, .. new byte[12]];

    /// <summary>A PNG of 1×1 pixel.</summary>
    public static byte[] Png() => Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    /// <summary>A web page: what a forged ".pdf" may really be.</summary>
    public static byte[] Html() => Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert('x')</script></body></html>");

    private static byte[] Iso(string brand) => [0, 0, 0, 0x18, .. "ftyp"u8, .. Encoding.ASCII.GetBytes(brand), 0, 0, 2, 0, .. "isommp41"u8, 0, 0, 0, 8, .. "free"u8];

    private static byte[] Office(string folder, string main, string mainType, string xml) => Zip(zip =>
    {
        Add(zip, "[Content_Types].xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
            $"<Override PartName=\"/{folder}/{main}\" ContentType=\"{mainType}\"/></Types>");
        Add(zip, "_rels/.rels",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            $"<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"{folder}/{main}\"/></Relationships>");
        Add(zip, $"{folder}/{main}", xml);
    });

    private static byte[] Zip(Action<ZipArchive> fill)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            fill(zip);
        }

        return stream.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string text, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, level).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }
}

using System.IO.Compression;
using System.Text;

namespace GovCms.Media;

/// <summary>
/// Recognises an upload by its content: signatures at the start (images, PDF, MP3, AAC, OGG, WAV, MP4/M4A), and for zip
/// files their structure (Office files: [Content_Types].xml and a word/, xl/ or ppt/ part; OpenDocument: a first entry
/// "mimetype" holding the type). Anything else, such as an HTML page named ".pdf", is not recognised.
/// </summary>
public static class MediaSniffer
{
    /// <summary>How many leading bytes the signatures need.</summary>
    public const int HeaderLength = 16;

    private const int MaxOdfMimeTypeLength = 100;

    /// <summary>The format of the file in <paramref name="content"/> (a seekable stream, read from its start), or null.</summary>
    public static MediaFormat? Detect(Stream content)
    {
        var header = new byte[HeaderLength];
        content.Position = 0;
        var read = content.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        var span = header.AsSpan(0, read);
        if (span.StartsWith("PK\x03\x04"u8))
        {
            content.Position = 0;
            return DetectZip(content);
        }

        return DetectHeader(span);
    }

    /// <summary>The formats recognised by their first bytes alone (everything but the zip-based documents).</summary>
    public static MediaFormat? DetectHeader(ReadOnlySpan<byte> header)
    {
        if (ImageFormat.Detect(header) is { } image)
        {
            return MediaFormat.All.First(f => f.Extension == image.Extension);
        }

        if (header.StartsWith("%PDF-"u8))
        {
            return MediaFormat.Pdf;
        }

        if (header.StartsWith("OggS"u8))
        {
            return MediaFormat.Ogg;
        }

        if (header.Length >= 12 && header.StartsWith("RIFF"u8) && header[8..12].SequenceEqual("WAVE"u8))
        {
            return MediaFormat.Wav;
        }

        if (header.Length >= 12 && header[4..8].SequenceEqual("ftyp"u8))
        {
            return IsoBrand(header[8..12]);
        }

        if (header.StartsWith("ID3"u8))
        {
            return MediaFormat.Mp3;
        }

        return header.Length >= 3 && header[0] == 0xFF ? FrameSync(header[1], header[2]) : null;
    }

    /// <summary>MP4 and M4A share the ISO container; its major brand says which.</summary>
    private static MediaFormat? IsoBrand(ReadOnlySpan<byte> brand) => Encoding.ASCII.GetString(brand) switch
    {
        "M4A " or "M4B " => MediaFormat.M4a,
        "isom" or "iso2" or "iso4" or "iso5" or "iso6" or "mp41" or "mp42" or "avc1" or "M4V " or "dash" or "mmp4" => MediaFormat.Mp4,
        _ => null,
    };

    /// <summary>An MPEG audio frame header (11 sync bits): layer 00 is AAC in ADTS, layers I–III are MPEG audio (MP3).</summary>
    private static MediaFormat? FrameSync(byte second, byte third)
    {
        if ((second & 0xF6) == 0xF0)
        {
            return MediaFormat.Aac;
        }

        var version = (second >> 3) & 0b11;
        var layer = (second >> 1) & 0b11;
        var bitrate = third >> 4;
        var sampleRate = (third >> 2) & 0b11;
        return (second & 0xE0) == 0xE0 && version != 0b01 && layer != 0 && bitrate != 0xF && sampleRate != 0b11 ? MediaFormat.Mp3 : null;
    }

    private static MediaFormat? DetectZip(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count == 0)
            {
                return null;
            }

            if (zip.Entries[0].FullName == "mimetype")
            {
                return OpenDocument(zip.Entries[0]);
            }

            if (zip.GetEntry("[Content_Types].xml") is null)
            {
                return null;
            }

            bool Has(string folder) => zip.Entries.Any(e => e.FullName.StartsWith(folder, StringComparison.Ordinal));
            return Has("word/") ? MediaFormat.Docx : Has("xl/") ? MediaFormat.Xlsx : Has("ppt/") ? MediaFormat.Pptx : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static MediaFormat? OpenDocument(ZipArchiveEntry entry)
    {
        if (entry.Length > MaxOdfMimeTypeLength)
        {
            return null;
        }

        using var reader = new StreamReader(entry.Open(), Encoding.ASCII);
        return reader.ReadToEnd().Trim() switch
        {
            "application/vnd.oasis.opendocument.text" => MediaFormat.Odt,
            "application/vnd.oasis.opendocument.spreadsheet" => MediaFormat.Ods,
            _ => null,
        };
    }
}

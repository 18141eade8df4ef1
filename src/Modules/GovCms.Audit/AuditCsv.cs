using System.Text;
using GovCms.Text;

namespace GovCms.Audit;

/// <summary>The log as CSV for a spreadsheet: UTF-8 with a byte order mark, times in Vietnam.</summary>
public static class AuditCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly string[] Header = ["Thời gian", "Người thực hiện", "Địa chỉ IP", "Loại", "Sự kiện", "Đối tượng", "Mã đối tượng", "Chi tiết"];

    public static async Task WriteAsync(Stream output, IAsyncEnumerable<AuditEntry> entries, AuditVocabulary vocabulary, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await writer.WriteAsync(Line(Header));
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            await writer.WriteAsync(Line(
            [
                VietnamTime.ToLocal(entry.OccurredUtc).ToString("dd/MM/yyyy HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
                entry.UserName, entry.IpAddress, vocabulary.Category(entry.Category), vocabulary.Action(entry.Category, entry.Action),
                entry.ObjectTitle, entry.ObjectId, entry.Details,
            ]));
        }
    }

    private static string Line(IEnumerable<string?> cells) => string.Join(",", cells.Select(Cell)) + "\r\n";

    /// <summary>Quoted when needed; a cell a spreadsheet would run as a formula is made plain text.</summary>
    private static string Cell(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && "=+-@\t\r".Contains(text[0], StringComparison.Ordinal))
        {
            text = "'" + text;
        }

        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }
}

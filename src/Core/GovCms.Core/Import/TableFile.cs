using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using GovCms.Media;

namespace GovCms.Import;

/// <summary>
/// Reads a table a person uploads or names on the command line: CSV (UTF-8 with or without BOM, comma or semicolon,
/// quoted fields over several lines) or XLSX (the first sheet; date cells as dates). The content must be what the name
/// says: a zip renamed ".csv" or a text renamed ".xlsx" is refused. Errors are Vietnamese, keyed "file".
/// </summary>
public static class TableFile
{
    public const string Field = "file";

    /// <summary>Largest file read: 10 MB.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>Most data rows read from one file.</summary>
    public const int MaxRows = 20_000;

    /// <summary>What the form says about the limits.</summary>
    public static readonly string LimitsText = $"Tệp CSV (UTF-8, phân cách bằng dấu phẩy hoặc chấm phẩy) hoặc Excel (.xlsx), tối đa {MaxBytes / 1024 / 1024} MB và {Count(MaxRows)} dòng; dòng đầu là tên cột.";

    /// <summary>20000 → "20.000", as Vietnamese writes numbers.</summary>
    private static string Count(int value) => value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');

    public static bool IsTableName(string fileName) => FormatOf(fileName) is not null;

    /// <summary>Reads <paramref name="content"/> (seekable) as the kind of file <paramref name="fileName"/> names.</summary>
    public static Outcome<Table> Read(Stream content, string fileName)
    {
        if (FormatOf(fileName) is not { } format)
        {
            return Outcome<Table>.Invalid(Field, $"Tệp \"{fileName}\" không phải tệp .csv hoặc .xlsx.");
        }

        if (content.Length == 0)
        {
            return Outcome<Table>.Invalid(Field, "Tệp rỗng.");
        }

        if (content.Length > MaxBytes)
        {
            return Outcome<Table>.Invalid(Field, $"Tệp quá lớn: tối đa {MaxBytes / 1024 / 1024} MB.");
        }

        var sniffed = MediaSniffer.Detect(content);
        content.Position = 0;
        var outcome = format switch
        {
            TableFormat.Xlsx when sniffed != MediaFormat.Xlsx => Outcome<Table>.Invalid(Field,
                $"Tệp \"{fileName}\" không phải tệp Excel (.xlsx){(sniffed is null ? "" : $": nội dung là tệp {sniffed.Name}")}."),
            TableFormat.Xlsx => ReadXlsx(content, fileName),
            _ when sniffed is not null => Outcome<Table>.Invalid(Field, $"Tệp \"{fileName}\" không phải tệp CSV: nội dung là tệp {sniffed.Name}."),
            _ => ReadCsv(content, fileName),
        };
        return outcome is { Succeeded: true, Value.Rows.Count: > MaxRows }
            ? Outcome<Table>.Invalid(Field, $"Tệp có {Count(outcome.Value.Rows.Count)} dòng: tối đa {Count(MaxRows)} dòng một lần nhập.")
            : outcome;
    }

    private static TableFormat? FormatOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".csv" => TableFormat.Csv,
        ".xlsx" => TableFormat.Xlsx,
        _ => null,
    };

    private static Outcome<Table> ReadCsv(Stream content, string fileName)
    {
        string text;
        try
        {
            using var reader = new StreamReader(content, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false, leaveOpen: true);
            text = reader.ReadToEnd();
        }
        catch (DecoderFallbackException)
        {
            return Outcome<Table>.Invalid(Field, $"Tệp \"{fileName}\" không phải văn bản UTF-8: hãy lưu lại từ Excel với kiểu \"CSV UTF-8\".");
        }

        text = text.TrimStart('\uFEFF');
        // A binary file (a zip, an old .xls) decodes with control characters that no CSV holds.
        if (text.Any(c => char.IsControl(c) && c is not '\t' and not '\r' and not '\n'))
        {
            return Outcome<Table>.Invalid(Field, $"Tệp \"{fileName}\" không phải tệp CSV.");
        }

        var records = CsvRecords.Split(text, CsvRecords.DelimiterOf(text));
        if (records.Count == 0)
        {
            return Outcome<Table>.Invalid(Field, "Tệp không có dòng tiêu đề.");
        }

        var header = records[0].Fields.Select(Clean).ToList();
        var rows = records.Skip(1)
            .Select(r => new TableRow(r.Line, r.Fields.Select(f => new TableCell(Clean(f))).ToList()))
            .Where(r => !r.IsBlank)
            .ToList();
        return Outcome<Table>.Ok(new Table(TableFormat.Csv, header, rows));
    }

    private static Outcome<Table> ReadXlsx(Stream content, string fileName)
    {
        try
        {
            using var workbook = new XLWorkbook(content);
            var sheet = workbook.Worksheets.FirstOrDefault();
            var used = sheet?.RangeUsed();
            if (sheet is null || used is null)
            {
                return Outcome<Table>.Invalid(Field, "Tệp không có dòng tiêu đề.");
            }

            var firstColumn = used.FirstColumn().ColumnNumber();
            var lastColumn = used.LastColumn().ColumnNumber();
            var firstRow = used.FirstRow().RowNumber();
            var lastRow = used.LastRow().RowNumber();
            if (lastRow - firstRow > MaxRows)
            {
                return Outcome<Table>.Invalid(Field, $"Tệp có {Count(lastRow - firstRow)} dòng: tối đa {Count(MaxRows)} dòng một lần nhập.");
            }

            List<TableCell> Cells(int row) => Enumerable.Range(firstColumn, lastColumn - firstColumn + 1).Select(c => CellOf(sheet.Cell(row, c))).ToList();
            var header = Cells(firstRow).Select(c => c.Text).ToList();
            var rows = Enumerable.Range(firstRow + 1, lastRow - firstRow)
                .Select(r => new TableRow(r, Cells(r)))
                .Where(r => !r.IsBlank)
                .ToList();
            return Outcome<Table>.Ok(new Table(TableFormat.Xlsx, header, rows));
        }
        catch (Exception e) when (e is InvalidDataException or IOException or FormatException or InvalidOperationException or ArgumentException
                                      or System.Xml.XmlException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException)
        {
            return Outcome<Table>.Invalid(Field, $"Không đọc được tệp Excel \"{fileName}\": tệp hỏng hoặc không phải .xlsx.");
        }
    }

    private static TableCell CellOf(IXLCell cell)
    {
        if (cell.IsEmpty())
        {
            return TableCell.Empty;
        }

        switch (cell.DataType)
        {
            case XLDataType.DateTime:
                var date = cell.GetDateTime();
                return new TableCell(date.ToString(date.TimeOfDay == TimeSpan.Zero ? "dd/MM/yyyy" : "dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture), date);
            case XLDataType.Number:
                return new TableCell(cell.GetDouble().ToString(CultureInfo.InvariantCulture));
            case XLDataType.Boolean:
                return new TableCell(cell.GetBoolean() ? "true" : "false");
            default:
                return new TableCell(Clean(cell.GetString()));
        }
    }

    /// <summary>NFC, trimmed, line breaks inside a cell kept as single spaces.</summary>
    private static string Clean(string text) => string.Join(' ', text.Normalize(NormalizationForm.FormC)
        .Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Trim();
}

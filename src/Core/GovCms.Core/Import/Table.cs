namespace GovCms.Import;

/// <summary>A cell as the file holds it: its text, and for a spreadsheet's date cell the date itself.</summary>
public sealed record TableCell(string Text, DateTime? Date = null)
{
    public static readonly TableCell Empty = new("");
}

/// <summary>A row of data; <see cref="Number"/> is where it is in the file (the CSV line it starts on, the sheet's row number).</summary>
public sealed record TableRow(int Number, IReadOnlyList<TableCell> Cells)
{
    public TableCell this[int column] => column >= 0 && column < Cells.Count ? Cells[column] : TableCell.Empty;

    public bool IsBlank => Cells.All(c => c.Text.Length == 0);
}

public enum TableFormat
{
    Csv,
    Xlsx,
}

/// <summary>A file read as a table: the header's names (first row) and the rows below it, blank rows left out.</summary>
public sealed record Table(TableFormat Format, IReadOnlyList<string> Header, IReadOnlyList<TableRow> Rows);

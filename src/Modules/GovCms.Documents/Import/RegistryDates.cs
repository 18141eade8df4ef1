using System.Globalization;
using GovCms.Import;

namespace GovCms.Documents.Import;

/// <summary>Dates of a registry: a spreadsheet's date cell, or the text dd/MM/yyyy (also d/M/yyyy, dd-MM-yyyy, dd.MM.yyyy, yyyy-MM-dd).</summary>
public static class RegistryDates
{
    private static readonly string[] Formats = ["d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "yyyy-M-d", "d/M/yyyy H:mm", "d/M/yyyy H:mm:ss"];

    /// <summary>True with the date (null for an empty cell); false when the cell holds something that is not a date.</summary>
    public static bool TryRead(TableCell cell, out DateOnly? date)
    {
        date = null;
        if (cell.Date is { } value)
        {
            date = DateOnly.FromDateTime(value);
            return value.Year is >= 1900 and <= 2100;
        }

        if (cell.Text.Length == 0)
        {
            return true;
        }

        if (DateTime.TryParseExact(cell.Text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed)
            && parsed.Year is >= 1900 and <= 2100)
        {
            date = DateOnly.FromDateTime(parsed);
            return true;
        }

        return false;
    }
}

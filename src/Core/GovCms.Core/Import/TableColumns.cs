using System.Text;
using GovCms.Text;

namespace GovCms.Import;

/// <summary>A column an import understands: its key, the name shown to people, and other names units give it.</summary>
public sealed record TableColumn(string Key, string Name, bool Required = false, params string[] Aliases);

/// <summary>
/// Which column of a file holds which <see cref="TableColumn"/>: header names are compared without regard to case,
/// diacritics, spaces and punctuation ("SỐ KÝ HIỆU", "so ky hieu", "Số/ký hiệu" are one), against the name and the aliases.
/// </summary>
public sealed class TableColumns
{
    private readonly Dictionary<string, int> _indexByKey;

    private TableColumns(Dictionary<string, int> indexByKey, IReadOnlyList<string> unknown, IReadOnlyList<TableColumn> missing)
    {
        _indexByKey = indexByKey;
        Unknown = unknown;
        Missing = missing;
    }

    /// <summary>Header names that match no column (ignored).</summary>
    public IReadOnlyList<string> Unknown { get; }

    /// <summary>Required columns the header lacks.</summary>
    public IReadOnlyList<TableColumn> Missing { get; }

    public bool Has(string key) => _indexByKey.ContainsKey(key);

    /// <summary>The cell of <paramref name="row"/> in the column of <paramref name="key"/>; empty when the file has no such column.</summary>
    public TableCell Cell(TableRow row, string key) => _indexByKey.TryGetValue(key, out var index) ? row[index] : TableCell.Empty;

    public static TableColumns Match(IReadOnlyList<string> header, IReadOnlyList<TableColumn> columns)
    {
        var byName = new Dictionary<string, TableColumn>();
        foreach (var column in columns)
        {
            foreach (var name in column.Aliases.Prepend(column.Name).Prepend(column.Key))
            {
                byName.TryAdd(Key(name), column);
            }
        }

        var indexByKey = new Dictionary<string, int>();
        var unknown = new List<string>();
        for (var i = 0; i < header.Count; i++)
        {
            if (header[i].Length == 0)
            {
                continue;
            }

            if (byName.TryGetValue(Key(header[i]), out var column) && indexByKey.TryAdd(column.Key, i))
            {
                continue;
            }

            unknown.Add(header[i]);
        }

        return new TableColumns(indexByKey, unknown, columns.Where(c => c.Required && !indexByKey.ContainsKey(c.Key)).ToList());
    }

    /// <summary>"Số / Ký hiệu (*)" → "sokyhieu".</summary>
    public static string Key(string name)
    {
        var folded = VietnameseText.Fold(name).ToLowerInvariant();
        var key = new StringBuilder(folded.Length);
        foreach (var c in folded.Where(char.IsLetterOrDigit))
        {
            key.Append(c);
        }

        return key.ToString();
    }
}

using GovCms.Tenants;

namespace GovCms.TenantAdmin.Admin;

/// <summary>
/// Turns the editor's lines into the menu <see cref="TenantService.SetMenuAsync"/> takes, and
/// remembers which line each entry came from so its errors can be shown next to that line.
/// </summary>
public sealed class MenuBuilder
{
    private readonly Dictionary<string, int> _rowOfKey = [];

    public List<MenuEntryInput> Entries { get; } = [];

    /// <summary>Errors of lines that cannot become entries, by row index.</summary>
    public Dictionary<int, string> RowErrors { get; } = [];

    public static MenuBuilder From(IReadOnlyList<MenuRow> rows)
    {
        var builder = new MenuBuilder();
        var ordered = rows.Select((row, index) => (Row: row, Index: index))
            .Where(r => !r.Row.Remove && !r.Row.IsBlank)
            .OrderBy(r => r.Row.Position).ThenBy(r => r.Index);
        foreach (var (row, index) in ordered)
        {
            var entry = new MenuEntryInput(row.Title, row.Url, row.QuickLink, []);
            if (!row.IsChild)
            {
                builder._rowOfKey[$"menu[{builder.Entries.Count}]"] = index;
                builder.Entries.Add(entry);
            }
            else if (builder.Entries.Count == 0)
            {
                builder.RowErrors[index] = $"Mục \"{row.Title}\" là mục con nhưng không có mục cấp đầu nào đứng trước nó.";
            }
            else
            {
                var parent = builder.Entries[^1];
                builder._rowOfKey[$"menu[{builder.Entries.Count - 1}].children[{parent.Children!.Count}]"] = index;
                parent.Children.Add(entry);
            }
        }

        return builder;
    }

    /// <summary>The line an error of <see cref="MenuRules"/> ("menu[2].children[0].url") belongs to, and the field; null for the whole menu.</summary>
    public (int Row, string Field)? Locate(string errorKey)
    {
        var dot = errorKey.LastIndexOf('.');
        if (dot < 0 || !_rowOfKey.TryGetValue(errorKey[..dot], out var row))
        {
            return _rowOfKey.TryGetValue(errorKey, out var whole) ? (whole, nameof(MenuRow.Title)) : null;
        }

        return errorKey[(dot + 1)..] switch
        {
            "url" => (row, nameof(MenuRow.Url)),
            "title" => (row, nameof(MenuRow.Title)),
            _ => (row, nameof(MenuRow.Title)),
        };
    }
}

using GovCms.Tenants;

namespace GovCms.TenantAdmin.Admin;

/// <summary>One line of the menu editor: an entry, or a child of the entry above it.</summary>
public sealed class MenuRow
{
    public string? Title { get; set; }
    public string? Url { get; set; }
    public int Position { get; set; }
    public bool IsChild { get; set; }
    public bool QuickLink { get; set; }
    public bool Remove { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Url);
}

/// <summary>
/// The menu editor works without JavaScript: the menu is shown as numbered lines (children right
/// after their parent), with a few empty lines to add entries; the numbers set the order.
/// </summary>
public sealed class MenuFormModel
{
    public const int BlankRows = 3;

    public List<MenuRow> Rows { get; set; } = [];

    public static MenuFormModel From(IReadOnlyList<MenuEntry> menu)
    {
        var rows = new List<MenuRow>();
        foreach (var entry in menu)
        {
            rows.Add(new MenuRow { Title = entry.Title, Url = entry.Url, QuickLink = entry.QuickLink });
            rows.AddRange(entry.Children.Select(child => new MenuRow { Title = child.Title, Url = child.Url, QuickLink = child.QuickLink, IsChild = true }));
        }

        var model = new MenuFormModel { Rows = rows };
        model.AddBlankRows();
        return model;
    }

    /// <summary>Numbers the lines in order and adds the empty lines for new entries.</summary>
    public void AddBlankRows()
    {
        Rows.RemoveAll(r => r.IsBlank);
        Rows.AddRange(Enumerable.Range(0, BlankRows).Select(_ => new MenuRow()));
        for (var i = 0; i < Rows.Count; i++)
        {
            Rows[i].Position = i + 1;
        }
    }
}

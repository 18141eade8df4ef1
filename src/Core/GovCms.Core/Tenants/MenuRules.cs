namespace GovCms.Tenants;

/// <summary>A menu entry as an administrator sends it; checked by <see cref="MenuRules"/>.</summary>
public sealed record MenuEntryInput(string? Title, string? Url, bool QuickLink = false, List<MenuEntryInput>? Children = null);

/// <summary>What a site menu may hold. Errors are keyed like "menu[2].children[0].url" and name the entry.</summary>
public static class MenuRules
{
    public const int MaxEntries = 15;
    public const int MaxTitleLength = 80;
    public const int MaxUrlLength = 500;

    private static readonly MenuEntryInput Blank = new(null, null);

    /// <summary>The checked, NFC-normalized menu, or the errors that refuse it.</summary>
    public static (List<MenuEntry> Menu, Dictionary<string, string> Errors) Check(IReadOnlyList<MenuEntryInput> entries)
    {
        var errors = new Dictionary<string, string>();
        if (entries.Count > MaxEntries)
        {
            // Nothing more is checked: a list of thousands would only answer thousands of messages.
            errors["menu"] = $"Menu có tối đa {MaxEntries} mục ở cấp đầu (đã gửi {entries.Count}).";
            return ([], errors);
        }

        var menu = new List<MenuEntry>();
        for (var i = 0; i < entries.Count; i++)
        {
            var key = $"menu[{i}]";
            // A JSON array may hold null: checked as an entry with nothing filled in.
            var input = entries[i] ?? Blank;
            var entry = CheckEntry(input, key, $"Mục thứ {i + 1} của menu", errors);
            var children = input.Children ?? [];
            if (children.Count > MaxEntries)
            {
                errors[$"{key}.children"] = $"Mục \"{entry.Title}\" có tối đa {MaxEntries} mục con (đã gửi {children.Count}).";
                children = [];
            }

            var checkedChildren = new List<MenuEntry>();
            for (var j = 0; j < children.Count; j++)
            {
                var childKey = $"{key}.children[{j}]";
                var childInput = children[j] ?? Blank;
                var child = CheckEntry(childInput, childKey, $"Mục con thứ {j + 1} của \"{entry.Title}\"", errors);
                if (childInput.Children is { Count: > 0 })
                {
                    errors[$"{childKey}.children"] = $"Mục \"{child.Title}\" đã là mục con nên không thể có mục con nữa: menu chỉ có hai cấp.";
                }

                checkedChildren.Add(child);
            }

            menu.Add(entry with { Children = checkedChildren });
        }

        return (menu, errors);
    }

    private static MenuEntry CheckEntry(MenuEntryInput input, string key, string unnamed, Dictionary<string, string> errors)
    {
        var title = (input.Title ?? "").Trim().Normalize();
        var url = (input.Url ?? "").Trim();
        var name = title.Length > 0 ? $"Mục \"{title}\"" : unnamed;
        if (title.Length == 0)
        {
            errors[$"{key}.title"] = $"{unnamed} chưa có tên.";
        }
        else if (title.Length > MaxTitleLength)
        {
            errors[$"{key}.title"] = $"{name} có tên dài quá {MaxTitleLength} ký tự.";
        }

        if (url.Length == 0)
        {
            errors[$"{key}.url"] = $"{name} chưa có địa chỉ liên kết.";
        }
        else if (url.Length > MaxUrlLength || !IsAllowedUrl(url))
        {
            errors[$"{key}.url"] = $"{name} có địa chỉ \"{url}\" không hợp lệ. Hãy dùng đường dẫn trong trang bắt đầu bằng \"/\" (ví dụ /tin-tuc) hoặc địa chỉ đầy đủ bắt đầu bằng http:// hoặc https://.";
        }

        return new MenuEntry { Title = title, Url = url, QuickLink = input.QuickLink };
    }

    /// <summary>A path of the site ("/tin-tuc"), or an http(s) address of another site; never a script or a protocol-relative URL.</summary>
    internal static bool IsAllowedUrl(string url)
    {
        if (url.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c == '\\'))
        {
            return false;
        }

        if (url.StartsWith('/'))
        {
            return !url.StartsWith("//", StringComparison.Ordinal);
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0;
    }
}

using System.Text.Json.Nodes;
using GovCms.Content.Fields;

namespace GovCms.Content.Parts;

/// <summary>
/// A link as one line of the editor's text: "abc123" (an item), "thay-the: abc123" (an item under a relation type),
/// "thay-the: Số 15/2020/NĐ-CP | https://vbpl.vn/..." (outside the site's content: a label and an optional address).
/// The same lines are accepted from the API as strings.
/// </summary>
public static class ContentLinkText
{
    public const int MaxLabel = 200;
    public const int MaxUrl = 500;

    public static string Format(ContentLink link)
    {
        var target = link.IsExternal ? (link.Url is { Length: > 0 } url ? $"{link.Label} | {url}" : link.Label ?? "") : link.ContentItemId;
        return link.Type is { Length: > 0 } type ? $"{type}: {target}" : target;
    }

    /// <summary>A stored link (JSON object) as its line; an empty string for a value that is not a link.</summary>
    public static string Format(JsonNode? stored) => stored is JsonObject link
        ? Format(new ContentLink(Text(link, "contentItemId") ?? "", Text(link, "type"), Text(link, "label"), Text(link, "url")))
        : "";

    /// <summary>One typed line as a link, or a Vietnamese error.</summary>
    public static ContentLink? Parse(ContentLinkFieldAttribute field, string line, out string? error)
    {
        error = null;
        line = line.Trim();
        string? type = null;
        var colon = line.IndexOf(':');
        if (colon > 0 && field.ParsedRelationTypes.FirstOrDefault(t => string.Equals(t.Key, line[..colon].Trim(), StringComparison.OrdinalIgnoreCase)) is { } declared)
        {
            type = declared.Key;
            line = line[(colon + 1)..].Trim();
        }

        if (IsItemId(line))
        {
            return new ContentLink(line, type);
        }

        var bar = line.IndexOf('|');
        var (label, url) = bar >= 0 ? (line[..bar].Trim(), line[(bar + 1)..].Trim()) : (line, "");
        return Check(field, new ContentLink("", type, label, url.Length == 0 ? null : url), out error);
    }

    /// <summary>Checks a link's relation type (the first declared when none is given) and, for an external one, its label and address.</summary>
    public static ContentLink? Check(ContentLinkFieldAttribute field, ContentLink link, out string? error)
    {
        error = null;
        var types = field.ParsedRelationTypes;
        if (link.Type is { Length: > 0 } type && types.All(t => t.Key != type))
        {
            error = types.Count == 0
                ? $"{field.Label}: trường này không có loại quan hệ."
                : $"{field.Label}: loại quan hệ \"{type}\" không có trong danh sách. Hãy chọn một trong: {string.Join(", ", types.Select(t => $"{t.Key} ({t.Label})"))}.";
            return null;
        }

        link = link with { Type = types.Count == 0 ? null : string.IsNullOrEmpty(link.Type) ? types[0].Key : link.Type };
        if (!link.IsExternal)
        {
            if (!IsItemId(link.ContentItemId))
            {
                error = $"{field.Label}: \"{link.ContentItemId}\" không phải là mã nội dung.";
                return null;
            }

            return link with { Label = null, Url = null };
        }

        var label = (link.Label ?? "").Trim().Normalize();
        if (!field.AllowExternal || label.Length == 0)
        {
            error = field.AllowExternal
                ? $"{field.Label}: liên kết ra ngoài cần tên, ví dụ \"Số 15/2020/NĐ-CP | https://vbpl.vn/...\"."
                : $"{field.Label}: \"{label}\" không phải là mã nội dung.";
            return null;
        }

        if (label.Length > MaxLabel)
        {
            error = $"{field.Label}: tên liên kết không được dài quá {MaxLabel} ký tự.";
            return null;
        }

        var url = link.Url?.Trim();
        if (!string.IsNullOrEmpty(url) && (url.Length > MaxUrl || !Uri.TryCreate(url, UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https")))
        {
            error = $"{field.Label}: \"{url}\" không phải là địa chỉ trang web (bắt đầu bằng https://).";
            return null;
        }

        return link with { Label = label, Url = string.IsNullOrEmpty(url) ? null : url };
    }

    public static bool IsItemId(string text) => text.Length is > 0 and <= 40 && text.All(char.IsAsciiLetterOrDigit);

    private static string? Text(JsonObject link, string name) =>
        link[name] is JsonValue value && value.TryGetValue(out string? text) ? text : null;
}

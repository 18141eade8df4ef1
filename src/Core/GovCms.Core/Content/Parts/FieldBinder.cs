using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovCms.Content.Fields;
using GovCms.Text;

namespace GovCms.Content.Parts;

/// <summary>
/// Turns what an editor sent for one field (a JSON value of the API or a recipe, or the text of a form field) into the
/// value stored, or says in Vietnamese what is wrong. Values already in their stored form pass unchanged, so an
/// exported item imports as it was.
/// </summary>
public static class FieldBinder
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static JsonNode? Bind(ContentFieldDefinition field, JsonNode? input, out string? error)
    {
        error = null;
        var label = field.Label;
        if (field.Multiple && field.Kind != FieldKind.ContentLink && input is not null and not JsonArray)
        {
            error = $"{label}: hãy gửi một danh sách, ví dụ [\"...\"].";
            return null;
        }

        switch (field.Kind)
        {
            case FieldKind.Text or FieldKind.LongText:
                return Text(input, label, out error) is { } text ? JsonValue.Create(text.Trim().Normalize()) : Default(field);
            case FieldKind.Markdown:
                return JsonValue.Create((Text(input, label, out error) ?? "").Normalize());
            case FieldKind.Date:
                return Date(input, label, out error);
            case FieldKind.DateTime:
                return Instant(Text(input, label, out error), label, ref error);
            case FieldKind.Number:
                return Number(input, label, out error);
            case FieldKind.Money:
                return Money(input, label, out error);
            case FieldKind.YesNo:
                return JsonValue.Create(YesNo(input));
            case FieldKind.Choice:
                return Choice((ChoiceFieldAttribute)field.Attribute, input, out error);
            case FieldKind.Terms:
                return Strings(input, out error, label) is { } terms ? Array(terms.Select(t => VietnameseText.Slugify(t)).Where(s => s.Length > 0).Distinct()) : null;
            case FieldKind.ContentLink:
                return Links((ContentLinkFieldAttribute)field.Attribute, input, out error);
            case FieldKind.Media:
                var urls = Strings(input, out error, label) ?? [];
                return field.Multiple ? Array(urls) : (urls.Count > 0 ? JsonValue.Create(urls[0]) : null);
            default:
                throw new InvalidOperationException($"Unknown field kind {field.Kind}.");
        }
    }

    /// <summary>The stored value of a field nobody sent.</summary>
    public static JsonNode? Default(ContentFieldDefinition field) =>
        field.Multiple ? new JsonArray()
        : field.Kind switch
        {
            FieldKind.YesNo => JsonValue.Create(false),
            FieldKind.Markdown => JsonValue.Create(""),
            FieldKind.Text or FieldKind.LongText when field.Property.PropertyType == typeof(string) && !IsNullable(field) => JsonValue.Create(""),
            _ => null,
        };

    private static bool IsNullable(ContentFieldDefinition field) =>
        new System.Reflection.NullabilityInfoContext().Create(field.Property).WriteState == System.Reflection.NullabilityState.Nullable;

    private static string? Text(JsonNode? input, string label, out string? error)
    {
        error = null;
        switch (input)
        {
            case null:
                return null;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                return value.GetValue<string>();
            case JsonValue value when value.GetValueKind() is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                return value.ToJsonString();
            default:
                error = $"{label}: hãy nhập chữ.";
                return null;
        }
    }

    private static JsonNode? Date(JsonNode? input, string label, out string? error)
    {
        var text = Text(input, label, out error)?.Trim();
        if (string.IsNullOrEmpty(text) || error is not null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date.Year is >= TimeInput.MinYear and <= TimeInput.MaxYear)
        {
            return JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        error = $"{label} không hợp lệ: hãy chọn ngày (năm-tháng-ngày, ví dụ 2026-03-05) {TimeInput.RangeRule}.";
        return null;
    }

    /// <summary>With an offset ("…+07:00", "…Z") as it says; without one ("2026-03-05T08:30", a datetime-local field) in Vietnam time.</summary>
    private static JsonNode? Instant(string? text, string label, ref string? error)
    {
        if (string.IsNullOrWhiteSpace(text) || error is not null)
        {
            return null;
        }

        var local = DateTime.TryParseExact(text.Trim(), TimeInput.LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
        var utc = local ? TimeInput.ParseLocal(text, label, out error) : TimeInput.ParseInstant(text, label, out error);
        return utc is { } value ? JsonValue.Create(DateTime.SpecifyKind(value, DateTimeKind.Utc)) : null;
    }

    private static JsonNode? Number(JsonNode? input, string label, out string? error)
    {
        error = null;
        if (input is JsonValue value && value.GetValueKind() == JsonValueKind.Number)
        {
            return JsonValue.Create(value.GetValue<decimal>());
        }

        var text = Text(input, label, out error)?.Trim();
        if (string.IsNullOrEmpty(text) || error is not null)
        {
            return null;
        }

        // "1,5" as Vietnamese write it, or "1.5".
        if (decimal.TryParse(text, NumberStyles.Number, Vietnamese, out var number) && !text.Contains('.')
            || decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out number) && !text.Contains(','))
        {
            return JsonValue.Create(number);
        }

        error = $"{label} phải là một số, ví dụ 12 hoặc 1,5.";
        return null;
    }

    private static JsonNode? Money(JsonNode? input, string label, out string? error)
    {
        error = null;
        if (input is JsonValue value && value.GetValueKind() == JsonValueKind.Number)
        {
            return value.TryGetValue(out long amount) && amount >= 0 ? JsonValue.Create(amount) : Fail($"{label} phải là số đồng không âm, không có phần lẻ.", out error);
        }

        var text = Text(input, label, out error)?.Trim();
        if (string.IsNullOrEmpty(text) || error is not null)
        {
            return null;
        }

        // "1.500.000", "1 500 000 đ", "1500000 VNĐ".
        var digits = text.Replace(".", "").Replace(" ", "").Replace("\u00a0", "").TrimEnd('đ', 'Đ').Replace("VNĐ", "", StringComparison.OrdinalIgnoreCase).Replace("VND", "", StringComparison.OrdinalIgnoreCase);
        return digits.Length > 0 && digits.All(char.IsAsciiDigit) && long.TryParse(digits, CultureInfo.InvariantCulture, out var parsed)
            ? JsonValue.Create(parsed)
            : Fail($"{label} phải là số tiền bằng đồng, ví dụ 1.500.000.", out error);
    }

    private static bool YesNo(JsonNode? input) => input switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.True => true,
        JsonValue value when value.GetValueKind() == JsonValueKind.String =>
            value.GetValue<string>().Trim().ToLowerInvariant() is "true" or "on" or "1" or "yes" or "có",
        // A checkbox posts "true" and the hidden field "false": either order.
        JsonArray array => array.Any(YesNo),
        _ => false,
    };

    private static JsonNode? Choice(ChoiceFieldAttribute choice, JsonNode? input, out string? error)
    {
        var values = Strings(input, out error, choice.Label);
        if (values is null)
        {
            return choice.Multiple ? new JsonArray() : null;
        }

        if (choice.Taxonomy is null && values.FirstOrDefault(v => choice.Options.All(o => o.Value != v)) is { } unknown)
        {
            error = $"{choice.Label}: \"{unknown}\" không có trong danh sách. Hãy chọn một trong: {string.Join(", ", choice.Options.Select(o => o.Label))}.";
            return null;
        }

        if (!choice.Multiple && values.Count > 1)
        {
            error = $"{choice.Label}: chỉ chọn một.";
            return null;
        }

        return choice.Multiple ? Array(values.Distinct()) : values.Count > 0 ? JsonValue.Create(values[0]) : null;
    }

    /// <summary>
    /// Links as objects ({"contentItemId", "type", "label", "url"}) or lines of text (<see cref="ContentLinkText"/>). A field
    /// with one relation and no external links also takes ids separated by spaces or commas, as it always did.
    /// </summary>
    private static JsonNode? Links(ContentLinkFieldAttribute field, JsonNode? input, out string? error)
    {
        error = null;
        var simple = field.RelationTypes.Length == 0 && !field.AllowExternal;
        var links = new List<ContentLink>();
        foreach (var entry in input is JsonArray array ? array.ToList() : input is null ? [] : [input])
        {
            switch (entry)
            {
                case JsonObject link:
                    var parsed = ContentLinkText.Check(field, new ContentLink(Text(link["contentItemId"]) ?? "", Text(link["type"]), Text(link["label"]), Text(link["url"])), out error);
                    if (parsed is null)
                    {
                        return null;
                    }

                    links.Add(parsed);
                    break;
                case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                    var separators = simple ? new[] { ',', '\n', '\r', ' ' } : ['\n', '\r'];
                    foreach (var line in value.GetValue<string>().Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        if (ContentLinkText.Parse(field, line, out error) is not { } typed)
                        {
                            return null;
                        }

                        links.Add(typed);
                    }

                    break;
                default:
                    error = $"{field.Label}: mỗi liên kết là mã của một nội dung, ví dụ {{\"contentItemId\": \"...\"}}.";
                    return null;
            }
        }

        return new JsonArray(links.DistinctBy(l => (l.ContentItemId, l.Type, l.Label)).Select(ToJson).ToArray());

        static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue(out string? text) ? text : null;
    }

    private static JsonNode ToJson(ContentLink link)
    {
        var json = new JsonObject { ["contentItemId"] = link.ContentItemId };
        if (link.Type is not null)
        {
            json["type"] = link.Type;
        }

        if (link.IsExternal)
        {
            json["label"] = link.Label;
            if (link.Url is not null)
            {
                json["url"] = link.Url;
            }
        }

        return json;
    }

    /// <summary>A list of strings from an array, one string, or lines of a form's text area.</summary>
    private static List<string>? Strings(JsonNode? input, out string? error, string label)
    {
        error = null;
        var items = input is JsonArray array ? array.ToList() : input is null ? [] : [input];
        var values = new List<string>();
        foreach (var item in items)
        {
            if (item is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
            {
                if (item is null)
                {
                    continue;
                }

                error = $"{label}: hãy gửi một danh sách chữ.";
                return null;
            }

            values.AddRange(value.GetValue<string>().Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        return values;
    }

    private static JsonArray Array(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray());

    private static JsonNode? Fail(string message, out string? error)
    {
        error = message;
        return null;
    }
}

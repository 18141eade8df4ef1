using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovCms.Content.Fields;
using GovCms.Text;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Content.Parts;

/// <summary>
/// What every save of an item goes through, whoever makes it (editor, API, recipe, workflow): each registered part
/// of its type is checked field by field (required, lengths, ranges), normalised (Markdown rendered), given to its
/// handler, and asked for its search text and sort date.
/// </summary>
public sealed class ContentPreparer(ContentPartCatalog parts, IServiceProvider services)
{
    /// <summary>Longest search text kept for an item (its exact form and its form without diacritics).</summary>
    public const int MaxSearchText = 4000;

    public async Task<PreparedContent> PrepareAsync(ContentItem item, ContentTypeDefinition type, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string>();
        var texts = new List<string> { item.DisplayText };
        DateTime? sortDate = null;
        foreach (var part in parts.Of(type))
        {
            var present = item.Parts[part.Name] is JsonObject;
            object model;
            try
            {
                model = (present ? item.Parts[part.Name].Deserialize(part.Model, ContentJson.Options) : null) ?? Activator.CreateInstance(part.Model)!;
            }
            catch (JsonException)
            {
                errors[$"parts.{part.Key}"] = $"Phần \"{part.DisplayName}\" không đúng dạng: hãy gửi các trường của nó như khi xuất ra.";
                continue;
            }

            foreach (var field in part.Fields)
            {
                Check(field, model, errors, texts);
            }

            if (part.Handler is not null)
            {
                var handler = (IContentPartHandler)services.GetRequiredService(part.Handler);
                model = await handler.PrepareAsync(model, new ContentPartContext(item, type, part, errors));
                texts.AddRange(handler.SearchText(model));
                sortDate ??= handler.SortDateUtc(model);
            }

            if (present)
            {
                item.Parts[part.Name] = JsonSerializer.SerializeToNode(model, part.Model, ContentJson.Options);
            }
        }

        return new PreparedContent(errors, SearchText(texts), sortDate);
    }

    /// <summary>The date the item's parts choose to list it by (e.g. "Ngày đăng"), read from a stored item.</summary>
    public DateTime? SortDateUtc(ContentItem item, ContentTypeDefinition type)
    {
        foreach (var part in parts.Of(type).Where(p => p.Handler is not null && item.Parts[p.Name] is JsonObject))
        {
            var handler = (IContentPartHandler)services.GetRequiredService(part.Handler!);
            if (item.Parts[part.Name].Deserialize(part.Model, ContentJson.Options) is { } model && handler.SortDateUtc(model) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>Whether a part's handler says the stored item must never be public (<see cref="IContentPartHandler.IsPublic"/>).</summary>
    public bool IsWithheld(ContentItem item, ContentTypeDefinition type) =>
        parts.Of(type).Where(p => p.Handler is not null && item.Parts[p.Name] is JsonObject).Any(part =>
            item.Parts[part.Name].Deserialize(part.Model, ContentJson.Options) is { } model
            && !((IContentPartHandler)services.GetRequiredService(part.Handler!)).IsPublic(model));

    /// <summary>The exact text (lower case) and the text without diacritics, so a search finds it typed either way.</summary>
    public static string SearchText(IEnumerable<string> texts)
    {
        var exact = string.Join(" ", texts.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim())).Normalize().ToLowerInvariant();
        var folded = VietnameseText.Fold(exact).ToLowerInvariant();
        var text = exact == folded ? folded : $"{folded} | {exact}";
        return text.Length > MaxSearchText ? text[..MaxSearchText] : text;
    }

    internal static void Check(ContentFieldDefinition field, object model, Dictionary<string, string> errors, List<string> texts)
    {
        var value = field.Property.GetValue(model);
        var attribute = field.Attribute;
        if (attribute.Required && IsEmpty(value))
        {
            errors.TryAdd(field.ErrorKey, field.Kind is FieldKind.Choice or FieldKind.Terms or FieldKind.ContentLink or FieldKind.Media or FieldKind.Date or FieldKind.DateTime
                ? $"Vui lòng chọn {attribute.Label.ToLowerInvariant()}."
                : $"Vui lòng nhập {attribute.Label.ToLowerInvariant()}.");
            return;
        }

        switch (attribute)
        {
            case TextFieldAttribute or LongTextFieldAttribute when value is string text && text.Length > MaxLength(attribute):
                errors.TryAdd(field.ErrorKey, $"{attribute.Label} không được dài quá {MaxLength(attribute)} ký tự.");
                break;
            case MarkdownFieldAttribute markdown when value is string source:
                if (source.Length > markdown.MaxLength)
                {
                    errors.TryAdd(field.ErrorKey, $"{attribute.Label} không được dài quá {markdown.MaxLength} ký tự.");
                    break;
                }

                var (html, problem) = MarkdownRenderer.Render(source);
                if (problem is not null)
                {
                    errors.TryAdd(field.ErrorKey, problem);
                }

                if (markdown.HtmlProperty is { } htmlProperty)
                {
                    field.Part.Model.GetProperty(htmlProperty)!.SetValue(model, html);
                }

                break;
            case NumberFieldAttribute number when value is decimal or int or long && (Convert.ToDouble(value, CultureInfo.InvariantCulture) is var amount && (amount < number.Min || amount > number.Max)):
                errors.TryAdd(field.ErrorKey, $"{attribute.Label} phải trong khoảng {number.Min} đến {number.Max}.");
                break;
        }

        if (attribute.Searchable && value is string searchable)
        {
            texts.Add(searchable);
        }
    }

    private static int MaxLength(ContentFieldAttribute attribute) => attribute switch
    {
        TextFieldAttribute text => text.MaxLength,
        LongTextFieldAttribute longText => longText.MaxLength,
        _ => int.MaxValue,
    };

    private static bool IsEmpty(object? value) => value switch
    {
        null => true,
        string text => string.IsNullOrWhiteSpace(text),
        System.Collections.ICollection list => list.Count == 0,
        _ => false,
    };
}

/// <summary>What preparing an item found: errors by field key, its search text, the sort date its parts chose.</summary>
public sealed record PreparedContent(IReadOnlyDictionary<string, string> Errors, string SearchText, DateTime? SortDateUtc);

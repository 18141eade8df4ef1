using System.Text.Json.Nodes;
using GovCms.Content.Fields;
using GovCms.Media;

namespace GovCms.Content.Parts;

/// <summary>
/// Fills an item from a <see cref="ContentItemInput"/>: every part of its type, field by field, with the fields'
/// Vietnamese errors by key. The same for the API, the admin form and recipes; what the content manager checks on
/// every save (required, lengths, handlers) comes after, in <see cref="ContentPreparer"/>.
/// </summary>
public sealed class ContentInputBinder(ContentPartCatalog parts, IEnumerable<IContentTermSource> termSources)
{
    /// <summary>Fills <paramref name="item"/>; parts not given are left empty (an input replaces the item's fields). Returns the errors by field key.</summary>
    public async Task<IReadOnlyDictionary<string, string>> FillAsync(
        ContentItem item, ContentTypeDefinition type, ContentItemInput input, ContentBindOptions options, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string>();
        item.DisplayText = input.DisplayText ?? "";
        item.Slug = input.Slug ?? "";
        var given = Given(input.Parts);
        if (given.Keys.FirstOrDefault(name => parts.FindInType(type, name) is null) is { } unknown)
        {
            errors[$"parts.{unknown}"] = $"Loại \"{type.DisplayName}\" không có phần \"{unknown}\". Các phần: {string.Join(", ", type.Parts)}.";
        }

        foreach (var part in parts.Of(type))
        {
            var source = given.GetValueOrDefault(part.Name) ?? [];
            var stored = item.Parts[part.Name] as JsonObject;
            var bound = new JsonObject();
            // Properties that are no field (derived on save) stay as stored until the part's handler sets them again.
            foreach (var (key, value) in stored ?? [])
            {
                if (part.Field(key) is null)
                {
                    bound[key] = value?.DeepClone();
                }
            }

            foreach (var field in part.Fields)
            {
                var raw = field.Attribute.Alias is { } alias && input.Fields?.TryGetValue(alias, out var aliased) == true
                    ? aliased
                    : Property(source, field.Key);
                var value = FieldBinder.Bind(field, raw?.DeepClone(), out var error) ?? FieldBinder.Default(field);
                error ??= await CheckAsync(field, value, options, cancellationToken);
                if (error is not null)
                {
                    errors.TryAdd(field.ErrorKey, error);
                }

                bound[field.Key] = value;
            }

            item.Parts[part.Name] = bound;
        }

        return errors;
    }

    /// <summary>The input's parts by part name, whether named "SummaryPart" or "summaryPart".</summary>
    private static Dictionary<string, JsonObject> Given(JsonObject? input)
    {
        var given = new Dictionary<string, JsonObject>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in input ?? [])
        {
            given[name] = value as JsonObject ?? [];
        }

        return given;
    }

    private static JsonNode? Property(JsonObject part, string key) =>
        part.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>What needs the site: the taxonomy's terms, the site's own media.</summary>
    private async Task<string?> CheckAsync(ContentFieldDefinition field, JsonNode? value, ContentBindOptions options, CancellationToken cancellationToken)
    {
        switch (field.Attribute)
        {
            case TermsFieldAttribute terms:
                var slugs = (value as JsonArray)?.Select(v => v!.GetValue<string>()).ToList() ?? [];
                if (slugs.Count > terms.MaxCount)
                {
                    return $"Một bài thuộc tối đa {terms.MaxCount} {terms.Label.ToLowerInvariant()} (đã gửi {slugs.Count}).";
                }

                if (!options.CheckTerms || slugs.Count == 0)
                {
                    return null;
                }

                var source = termSources.FirstOrDefault(s => s.Taxonomy == terms.Taxonomy);
                var known = source is null ? [] : (await source.ListAsync(cancellationToken)).Select(t => t.Slug).ToHashSet();
                var unknown = slugs.Where(s => !known.Contains(s)).ToList();
                return unknown.Count > 0 ? $"{terms.Label} không tồn tại: {string.Join(", ", unknown)}." : null;
            case MediaFieldAttribute when options.PathBase is { } pathBase:
                var stored = StoredUrls(field, options.Stored);
                var urls = value is JsonArray list ? list.Select(v => v!.GetValue<string>()) : value is JsonValue one ? [one.GetValue<string>()] : [];
                return urls.FirstOrDefault(u => !stored.Contains(u) && !MediaStore.IsOwnUrl(u, pathBase)) is { } foreign
                    ? $"{field.Label} phải là tệp đã tải lên cổng này (địa chỉ bắt đầu bằng {pathBase}/{MediaStore.UrlSegment}/); không dùng tệp từ trang khác."
                    : null;
            default:
                return null;
        }
    }

    private static HashSet<string> StoredUrls(ContentFieldDefinition field, ContentItem? stored) =>
        stored?.Parts[field.Part.Name]?[field.Key] switch
        {
            JsonArray list => list.Select(v => v!.GetValue<string>()).ToHashSet(),
            JsonValue one when one.TryGetValue(out string? url) => [url],
            _ => [],
        };
}

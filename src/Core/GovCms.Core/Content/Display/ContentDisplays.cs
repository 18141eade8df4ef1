using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovCms.Content.Fields;
using GovCms.Content.Parts;
using GovCms.Media;
using GovCms.Text;

namespace GovCms.Content.Display;

/// <summary>
/// Builds what a public page shows of an item from its type's registered parts: each field's stored value read out for
/// people (<see cref="FieldValues"/>), links to the published items it names, files with their kind and size, and the
/// items that name it. Drafts never show: a linked item that is not published is left out.
/// </summary>
public sealed class ContentDisplays(
    ContentPartCatalog parts,
    ContentTypeCatalog types,
    IContentManager content,
    IContentRelations relations,
    IMediaLibrary media,
    IEnumerable<IContentTermSource> termSources)
{
    public async Task<ItemDisplay> BuildAsync(ContentItem item, ContentTypeDefinition type, string? owner = null, CancellationToken cancellationToken = default)
    {
        var shown = new List<PartDisplay>();
        foreach (var part in parts.Of(type))
        {
            var stored = item.Parts[part.Name] as JsonObject;
            var fields = new List<FieldDisplay>();
            foreach (var field in part.Fields)
            {
                fields.Add(new FieldDisplay(field, await ValuesAsync(field, stored, cancellationToken)));
            }

            shown.Add(new PartDisplay(part, item, fields));
        }

        return new ItemDisplay(item, type, shown, await LinkedFromAsync(item, shown, cancellationToken), owner);
    }

    private async Task<IReadOnlyList<DisplayValue>> ValuesAsync(ContentFieldDefinition field, JsonObject? stored, CancellationToken cancellationToken)
    {
        var value = stored?[field.Key];
        switch (field.Kind)
        {
            case FieldKind.Markdown:
                return MarkdownValue(field, stored, value);
            case FieldKind.Terms:
                return await TermsAsync((TermsFieldAttribute)field.Attribute, Strings(value), cancellationToken);
            case FieldKind.ContentLink:
                return await LinksAsync(Links(value), cancellationToken);
            case FieldKind.Media:
                return await FilesAsync(Strings(value), cancellationToken);
            default:
                return FieldValues.Of(field, value);
        }
    }

    private static IReadOnlyList<DisplayValue> MarkdownValue(ContentFieldDefinition field, JsonObject? stored, JsonNode? value)
    {
        var html = (field.Attribute as MarkdownFieldAttribute)?.HtmlProperty is { } property
            ? stored?[JsonNamingPolicy.CamelCase.ConvertName(property)]?.GetValue<string>()
            : null;
        var markdown = value?.GetValue<string>();
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return [];
        }

        return [new DisplayValue(markdown, Html: string.IsNullOrEmpty(html) ? MarkdownRenderer.ToHtml(markdown) : html)];
    }

    private async Task<IReadOnlyList<DisplayValue>> TermsAsync(TermsFieldAttribute terms, IReadOnlyList<string> slugs, CancellationToken cancellationToken)
    {
        if (slugs.Count == 0)
        {
            return [];
        }

        var names = termSources.FirstOrDefault(s => s.Taxonomy == terms.Taxonomy) is { } source
            ? (await source.ListAsync(cancellationToken)).ToDictionary(t => t.Slug, t => t.Name)
            : [];
        return slugs.Select(slug => new DisplayValue(names.GetValueOrDefault(slug, slug))).ToList();
    }

    private async Task<IReadOnlyList<DisplayValue>> LinksAsync(IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var shown = new List<DisplayValue>();
        foreach (var id in ids.Distinct().Take(50))
        {
            if (await PublishedLinkAsync(id, cancellationToken) is { } link)
            {
                shown.Add(link);
            }
        }

        return shown;
    }

    /// <summary>A published item as a link to its page (plain text when its type has no public pages); null for a draft or a dangling link.</summary>
    private async Task<DisplayValue?> PublishedLinkAsync(string id, CancellationToken cancellationToken) =>
        await content.GetAsync(id, VersionOptions.Published, cancellationToken) is { } linked
            ? new DisplayValue(linked.DisplayText, types.Find(linked.ContentType) is { RoutePrefix: { } prefix } ? $"/{prefix}/{linked.Slug}" : null)
            : null;

    private async Task<IReadOnlyList<DisplayValue>> FilesAsync(IReadOnlyList<string> urls, CancellationToken cancellationToken)
    {
        var files = new List<DisplayValue>();
        foreach (var url in urls.Where(u => u.Length > 0))
        {
            // The stored URL (with the owner site's base path) is the link, also where a shared item shows on a site below.
            files.Add(await media.FindAsync(url, cancellationToken) is { } file
                ? new DisplayValue(file.FileName, url, $"{MediaKinds.DisplayName(file.Kind)} {file.Format}, {MediaSize.Format(file.Bytes)}", Machine: file.Kind.ToString())
                : new DisplayValue(Uri.UnescapeDataString(url[(url.LastIndexOf('/') + 1)..]), url));
        }

        return files;
    }

    /// <summary>The items that name this one (their relation's inverse, e.g. "bị thay thế"), published ones only.</summary>
    private async Task<IReadOnlyList<RelationDisplay>> LinkedFromAsync(ContentItem item, IReadOnlyList<PartDisplay> shown, CancellationToken cancellationToken)
    {
        var outgoing = shown.SelectMany(p => p.Fields)
            .Where(f => f.Field.Attribute is ContentLinkFieldAttribute)
            .SelectMany(f => Links(item.Parts[f.Field.Part.Name]?[f.Field.Key]).Select(id => (((ContentLinkFieldAttribute)f.Field.Attribute).Relation, id)))
            .ToHashSet();
        var groups = new List<RelationDisplay>();
        foreach (var relation in (await relations.OfAsync(item.ContentItemId, cancellationToken))
            .Where(r => r.Exists && r.Incoming && !outgoing.Contains((r.Relation, r.ContentItemId)))
            .GroupBy(r => r.Relation))
        {
            var links = new List<DisplayValue>();
            foreach (var other in relation)
            {
                if (await PublishedLinkAsync(other.ContentItemId, cancellationToken) is { } link)
                {
                    links.Add(link);
                }
            }

            if (links.Count > 0)
            {
                groups.Add(new RelationDisplay(relation.Key, links));
            }
        }

        return groups;
    }

    private static IReadOnlyList<string> Strings(JsonNode? value) => value switch
    {
        JsonArray list => list.Select(v => v?.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null).OfType<string>().ToList(),
        JsonValue single when single.GetValueKind() == JsonValueKind.String && single.GetValue<string>() is { Length: > 0 } text => [text],
        _ => [],
    };

    private static IEnumerable<string> Links(JsonNode? value) =>
        (value as JsonArray ?? []).Select(l => l?["contentItemId"]?.GetValue<string>()).OfType<string>().Where(id => id.Length > 0);
}

/// <summary>Stored values of the simple kinds as people read them (Vietnamese formats).</summary>
public static class FieldValues
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>"1.250.000 đ".</summary>
    public static string Money(long amount) => $"{amount.ToString("N0", Vietnamese)} đ";

    /// <summary>"1.250,5": Vietnamese separators, no trailing zeros.</summary>
    public static string Number(decimal number) => number.ToString("#,##0.##########", Vietnamese);

    /// <summary>A relation's name as a label: "thay thế" → "Thay thế".</summary>
    public static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpper(text[0], Vietnamese) + text[1..];

    /// <summary>"05/03/2026".</summary>
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static IReadOnlyList<DisplayValue> Of(ContentFieldDefinition field, JsonNode? value)
    {
        if (value is null)
        {
            return [];
        }

        if (field.Attribute is ChoiceFieldAttribute choice)
        {
            var chosen = value is JsonArray list ? list.Select(v => v?.GetValue<string>()).OfType<string>().ToList()
                : value.GetValueKind() == JsonValueKind.String ? [value.GetValue<string>()] : [];
            return chosen.Where(v => v.Length > 0)
                .Select(v => new DisplayValue(choice.Options.FirstOrDefault(o => o.Value == v)?.Label ?? v))
                .ToList();
        }

        var single = value as JsonValue;
        var kind = single?.GetValueKind();
        return field.Kind switch
        {
            FieldKind.Text or FieldKind.LongText when kind == JsonValueKind.String && single!.GetValue<string>() is { Length: > 0 } text => [new DisplayValue(text)],
            FieldKind.Date when kind == JsonValueKind.String && DateOnly.TryParseExact(single!.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) =>
                [new DisplayValue(Date(date), Machine: date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))],
            FieldKind.DateTime when single!.TryGetValue(out DateTime utc) =>
                [new DisplayValue(VietnamTime.FormatDateTime(utc), Machine: VietnamTime.ToLocal(utc).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) + "+07:00")],
            FieldKind.Number when kind == JsonValueKind.Number => [new DisplayValue(Number(single!.GetValue<decimal>()))],
            FieldKind.Money when kind == JsonValueKind.Number && single!.TryGetValue(out long amount) => [new DisplayValue(Money(amount))],
            FieldKind.YesNo when kind is JsonValueKind.True or JsonValueKind.False => [new DisplayValue(kind == JsonValueKind.True ? "Có" : "Không")],
            _ => [],
        };
    }
}

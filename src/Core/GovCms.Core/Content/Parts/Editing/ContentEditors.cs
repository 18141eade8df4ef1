using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovCms.Content.Fields;
using GovCms.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Primitives;

namespace GovCms.Content.Parts.Editing;

/// <summary>One part in the editor: its own partial, or its fields one by one.</summary>
public sealed record PartEditor(ContentPartDefinition Part, IReadOnlyList<FieldEditor> Fields)
{
    public FieldEditor Field(string key) => Fields.First(f => string.Equals(f.Field.Key, key, StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// One field in the editor, as the admin theme's partial of its kind (<c>Fields/_{Kind}</c>) shows it: its form name
/// and id, the values to show (what was typed when the form comes back with errors), its options and its error.
/// </summary>
public sealed record FieldEditor(ContentFieldDefinition Field, IReadOnlyList<string> Values, string? Error)
{
    public string Name => Field.FormName;

    public string Id => TagBuilder.CreateSanitizedId(Name, "_");

    public string ErrorId => Id + "-error";

    public string HintId => Id + "-hint";

    public string Label => Field.Label;

    public string? Hint => Field.Attribute.Hint;

    public string Value => Values.FirstOrDefault() ?? "";

    /// <summary>The choices of a choice list or the terms of a taxonomy.</summary>
    public IReadOnlyList<ChoiceOption> Options { get; init; } = [];

    /// <summary>What a link field's items are called, by id; an id missing here names an item that is gone.</summary>
    public IReadOnlyDictionary<string, string> LinkTitles { get; init; } = new Dictionary<string, string>();

    /// <summary>For a Markdown field: the id of its preview ("preview-body" for the first one), and the preview to show.</summary>
    public string? PreviewId { get; init; }

    public string? PreviewHtml { get; set; }

    /// <summary>The partial of the field's kind in the admin theme.</summary>
    public string Partial => $"Fields/_{Field.Kind}";

    /// <summary>The ids the field is described by: its hint and its error.</summary>
    public string? DescribedBy => string.Join(" ", new[] { Hint is null ? null : HintId, Error is null ? null : ErrorId }.Where(i => i is not null)) is { Length: > 0 } ids ? ids : null;

    /// <summary>For a media field: the form name of its file input and of its "remove" boxes.</summary>
    public string UploadName => (Field.Attribute as MediaFieldAttribute)?.UploadName ?? Name + ".File";

    public string RemoveName => (Field.Attribute as MediaFieldAttribute)?.RemoveName ?? Name + ".Remove";
}

/// <summary>
/// Builds the editors of a type's parts from a stored item or from a posted form, and reads a posted form into the
/// one input shape (<see cref="ContentItemInput"/>) that <see cref="ContentInputBinder"/> binds for the API too.
/// </summary>
public sealed class ContentEditors(ContentPartCatalog parts, IEnumerable<IContentTermSource> termSources, IContentManager content)
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Every field of the type's parts.</summary>
    public IEnumerable<ContentFieldDefinition> Fields(ContentTypeDefinition type) => parts.Of(type).SelectMany(p => p.Fields);

    /// <summary>The editors showing the stored item (or empty fields for a new one).</summary>
    public Task<IReadOnlyList<PartEditor>> FromItemAsync(ContentTypeDefinition type, ContentItem? item, ModelStateDictionary modelState, CancellationToken cancellationToken = default) =>
        BuildAsync(type, field => Display(field, item?.Parts[field.Part.Name]?[field.Key]), modelState, cancellationToken);

    /// <summary>The editors showing what the form posted, as it was typed.</summary>
    /// <param name="media">Media fields' values after this post's uploads and removals, by form name.</param>
    public Task<IReadOnlyList<PartEditor>> FromFormAsync(ContentTypeDefinition type, IFormCollection form, IReadOnlyDictionary<string, IReadOnlyList<string>> media,
        ModelStateDictionary modelState, CancellationToken cancellationToken = default) =>
        BuildAsync(type, field => media.TryGetValue(field.FormName, out var values) ? values : form[field.FormName].Where(v => v is not null).Select(v => v!).ToList(), modelState, cancellationToken);

    /// <summary>The posted form as input: every field of every part, by part and field name.</summary>
    public ContentItemInput ReadForm(ContentTypeDefinition type, string? displayText, string? slug, IFormCollection form, IReadOnlyDictionary<string, IReadOnlyList<string>> replacedMedia)
    {
        var input = new JsonObject();
        foreach (var part in parts.Of(type))
        {
            var values = new JsonObject();
            foreach (var field in part.Fields)
            {
                var posted = replacedMedia.TryGetValue(field.FormName, out var media) ? media : form[field.FormName].Where(v => v is not null).Select(v => v!).ToList();
                values[field.Key] = field.Multiple || field.Kind == FieldKind.YesNo
                    ? new JsonArray(posted.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray())
                    : posted.Count > 0 ? JsonValue.Create(posted[0]) : null;
            }

            input[part.Name] = values;
        }

        return new ContentItemInput(displayText, slug, input);
    }

    private async Task<IReadOnlyList<PartEditor>> BuildAsync(
        ContentTypeDefinition type, Func<ContentFieldDefinition, IReadOnlyList<string>> values, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        var editors = new List<PartEditor>();
        var previewTaken = false;
        foreach (var part in parts.Of(type))
        {
            var fields = new List<FieldEditor>();
            foreach (var field in part.Fields)
            {
                var shown = values(field);
                var error = modelState.TryGetValue(field.FormName, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
                var preview = field.Kind == FieldKind.Markdown ? (previewTaken ? $"{TagBuilder.CreateSanitizedId(field.FormName, "_")}-preview" : "preview-body") : null;
                previewTaken |= preview is not null;
                fields.Add(new FieldEditor(field, shown, error)
                {
                    PreviewId = preview,
                    Options = await OptionsAsync(field, cancellationToken),
                    LinkTitles = field.Kind == FieldKind.ContentLink ? await TitlesAsync(shown, cancellationToken) : new Dictionary<string, string>(),
                });
            }

            editors.Add(new PartEditor(part, fields));
        }

        return editors;
    }

    private async Task<IReadOnlyList<ChoiceOption>> OptionsAsync(ContentFieldDefinition field, CancellationToken cancellationToken) => field.Attribute switch
    {
        ChoiceFieldAttribute { Taxonomy: { } taxonomy } when termSources.FirstOrDefault(s => s.Taxonomy == taxonomy) is { } source =>
            (await source.ListAsync(cancellationToken)).Select(t => new ChoiceOption(t.Slug, t.Name)).ToList(),
        ChoiceFieldAttribute choice => choice.Options,
        TermsFieldAttribute terms when termSources.FirstOrDefault(s => s.Taxonomy == terms.Taxonomy) is { } source =>
            (await source.ListAsync(cancellationToken)).Select(t => new ChoiceOption(t.Slug, t.Name)).ToList(),
        _ => [],
    };

    private async Task<IReadOnlyDictionary<string, string>> TitlesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var titles = new Dictionary<string, string>();
        // Plain ids, or the id after "type:" of a typed line ("thay-the: abc123"); external lines name no item.
        foreach (var id in ids.SelectMany(v => v.Split(['\n', '\r', ',', ' ', ':'], StringSplitOptions.RemoveEmptyEntries)).Where(ContentLinkText.IsItemId).Distinct().Take(50))
        {
            if (await content.GetAsync(id, VersionOptions.Latest, cancellationToken) is { } item)
            {
                titles[id] = item.DisplayText;
            }
        }

        return titles;
    }

    /// <summary>A stored value as its field shows it: local time, amounts with thousands dots, one entry a value.</summary>
    public static IReadOnlyList<string> Display(ContentFieldDefinition field, JsonNode? stored)
    {
        if (stored is null)
        {
            return [];
        }

        if (stored is JsonArray list)
        {
            return list.Select(v => v is JsonObject link ? ContentLinkText.Format(link) : v?.GetValue<string>() ?? "").ToList();
        }

        var value = (JsonValue)stored;
        return field.Kind switch
        {
            FieldKind.DateTime when value.TryGetValue(out DateTime utc) => [VietnamTime.ToLocal(utc).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture)],
            FieldKind.Money when value.TryGetValue(out long amount) => [amount.ToString("N0", Vietnamese)],
            FieldKind.Number when value.GetValueKind() == JsonValueKind.Number => [value.GetValue<decimal>().ToString(CultureInfo.InvariantCulture)],
            FieldKind.YesNo => [value.GetValueKind() == JsonValueKind.True ? "true" : "false"],
            _ => [value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString()],
        };
    }
}

using System.Reflection;
using System.Text.Json;
using GovCms.Content.Fields;

namespace GovCms.Content.Parts;

/// <summary>
/// A part as the engine knows it: its model class, its Vietnamese name, its fields (the properties with a
/// <see cref="ContentFieldAttribute"/>), its editor and display partials and its handler. Registered once with
/// <see cref="ContentPartServices.AddContentPart{TPart}"/>; any module's type may use it.
/// </summary>
public sealed class ContentPartDefinition
{
    internal ContentPartDefinition(Type model, string displayName, string? editorPartial, Type? handler, string? displayPartial = null)
    {
        Model = model;
        DisplayName = displayName;
        EditorPartial = editorPartial;
        DisplayPartial = displayPartial;
        Handler = handler;
        Fields = model.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttribute<ContentFieldAttribute>() is not null)
            .Select(p => new ContentFieldDefinition(this, p, p.GetCustomAttribute<ContentFieldAttribute>()!))
            .ToList();
    }

    /// <summary>The part's name as items store it, e.g. "SummaryPart".</summary>
    public string Name => Model.Name;

    /// <summary>The part's name in input, output and error keys, e.g. "summaryPart".</summary>
    public string Key => JsonNamingPolicy.CamelCase.ConvertName(Name);

    public Type Model { get; }

    public string DisplayName { get; }

    /// <summary>A Razor partial of its own for the editor (model: the part's editor model); null for the fields one by one.</summary>
    public string? EditorPartial { get; }

    /// <summary>
    /// A Razor partial of its own for public pages (model: the part's <c>PartDisplay</c>), looked up like any shared
    /// partial (the theme's <c>Views/Shared</c> first), e.g. "Display/Parts/_ImagePart"; null for the fields one by one,
    /// each with the engine's display of its kind (<c>Display/Fields/_{Kind}</c>).
    /// </summary>
    public string? DisplayPartial { get; }

    /// <summary>A <see cref="ContentPartHandler{TPart}"/> resolved per save; null for none.</summary>
    public Type? Handler { get; }

    public IReadOnlyList<ContentFieldDefinition> Fields { get; }

    /// <summary>What the fields' keys start with instead of "parts.{key}." (site settings: "{section}.").</summary>
    internal string? FieldKeyPrefix { get; init; }

    public ContentFieldDefinition? Field(string key) => Fields.FirstOrDefault(f => string.Equals(f.Key, key, StringComparison.OrdinalIgnoreCase));
}

/// <summary>One field of a part.</summary>
public sealed class ContentFieldDefinition(ContentPartDefinition part, PropertyInfo property, ContentFieldAttribute attribute)
{
    public ContentPartDefinition Part { get; } = part;

    public PropertyInfo Property { get; } = property;

    public ContentFieldAttribute Attribute { get; } = attribute;

    public FieldKind Kind => Attribute.Kind;

    public string Label => Attribute.Label;

    /// <summary>The property's name in the stored JSON, e.g. "text".</summary>
    public string Key => JsonNamingPolicy.CamelCase.ConvertName(Property.Name);

    /// <summary>The key of the field's errors and input: its alias, or "parts.summaryPart.text".</summary>
    public string ErrorKey => Attribute.Alias ?? (Part.FieldKeyPrefix ?? $"parts.{Part.Key}.") + Key;

    /// <summary>The name of the field in the admin form (the error key as ModelState spells it: first letter capital).</summary>
    public string FormName => char.ToUpperInvariant(ErrorKey[0]) + ErrorKey[1..];

    /// <summary>Several values (multiple choice, terms, links, several files).</summary>
    public bool Multiple => Attribute switch
    {
        ChoiceFieldAttribute choice => choice.Multiple,
        MediaFieldAttribute media => media.Multiple,
        TermsFieldAttribute or ContentLinkFieldAttribute => true,
        _ => false,
    };
}

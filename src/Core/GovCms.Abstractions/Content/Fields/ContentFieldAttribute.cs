namespace GovCms.Content.Fields;

/// <summary>The kinds of field a part's property may be; each has one binder, one editor partial and one check.</summary>
public enum FieldKind
{
    /// <summary>One line of text (string).</summary>
    Text,
    /// <summary>Several lines of plain text (string).</summary>
    LongText,
    /// <summary>Markdown (string), rendered to HTML on save when <see cref="MarkdownFieldAttribute.HtmlProperty"/> is set.</summary>
    Markdown,
    /// <summary>A calendar date (DateOnly?), "yyyy-MM-dd".</summary>
    Date,
    /// <summary>An instant (DateTime? in UTC): typed in Vietnam time, stored in UTC.</summary>
    DateTime,
    /// <summary>A number (decimal?).</summary>
    Number,
    /// <summary>An amount in Vietnamese đồng (long?), typed with or without thousands dots.</summary>
    Money,
    /// <summary>One of a list (string?), or several (List&lt;string&gt;) when <see cref="ChoiceFieldAttribute.Multiple"/>.</summary>
    Choice,
    /// <summary>Yes or no (bool).</summary>
    YesNo,
    /// <summary>Terms of a taxonomy (List&lt;string&gt; of slugs), e.g. the site's categories.</summary>
    Terms,
    /// <summary>Links to other content items (List&lt;ContentLink&gt;) under a relation name, kept two-way.</summary>
    ContentLink,
    /// <summary>Files of the site's media (string? URL, or List&lt;string&gt; when <see cref="MediaFieldAttribute.Multiple"/>).</summary>
    Media,
}

/// <summary>
/// Makes a property of a part a field: its kind, its Vietnamese label and hint, and its checks. Error messages are
/// keyed by the field's key ("parts.summaryPart.text", or its <see cref="Alias"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public abstract class ContentFieldAttribute(FieldKind kind, string label) : Attribute
{
    public FieldKind Kind { get; } = kind;

    /// <summary>Vietnamese label of the editor, e.g. "Tóm tắt".</summary>
    public string Label { get; } = label;

    /// <summary>A line of help under the label.</summary>
    public string? Hint { get; set; }

    public bool Required { get; set; }

    /// <summary>
    /// A short name at the top level of the API's input and output and in error keys ("summary" instead of
    /// "parts.summaryPart.text"); the admin form names the field the same way. Unique across the parts of a type.
    /// </summary>
    public string? Alias { get; set; }

    /// <summary>The field's text is part of the item's search text (exact and without diacritics).</summary>
    public bool Searchable { get; set; }
}

public sealed class TextFieldAttribute(string label) : ContentFieldAttribute(FieldKind.Text, label)
{
    public int MaxLength { get; set; } = 300;
}

public sealed class LongTextFieldAttribute(string label) : ContentFieldAttribute(FieldKind.LongText, label)
{
    public int MaxLength { get; set; } = 4000;
}

public sealed class MarkdownFieldAttribute(string label) : ContentFieldAttribute(FieldKind.Markdown, label)
{
    /// <summary>A string property of the same part that receives the rendered HTML on save.</summary>
    public string? HtmlProperty { get; set; }

    public int MaxLength { get; set; } = 200_000;
}

public sealed class DateFieldAttribute(string label) : ContentFieldAttribute(FieldKind.Date, label);

public sealed class DateTimeFieldAttribute(string label) : ContentFieldAttribute(FieldKind.DateTime, label);

public sealed class NumberFieldAttribute(string label) : ContentFieldAttribute(FieldKind.Number, label)
{
    public double Min { get; set; } = double.MinValue;
    public double Max { get; set; } = double.MaxValue;
}

public sealed class MoneyFieldAttribute(string label) : ContentFieldAttribute(FieldKind.Money, label);

/// <summary>A choice list: options as "value=Nhãn tiếng Việt", e.g. "cong-van=Công văn".</summary>
public sealed class ChoiceFieldAttribute(string label, params string[] options) : ContentFieldAttribute(FieldKind.Choice, label)
{
    public IReadOnlyList<ChoiceOption> Options { get; } = options.Select(ChoiceOption.Parse).ToList();

    public bool Multiple { get; set; }

    /// <summary>
    /// The choices are the terms of this taxonomy on the current site (<see cref="IContentTermSource"/>), e.g. a site's
    /// own list of document types, instead of fixed <see cref="Options"/>; the part's handler checks the value.
    /// </summary>
    public string? Taxonomy { get; set; }
}

public sealed record ChoiceOption(string Value, string Label)
{
    public static ChoiceOption Parse(string option) =>
        option.IndexOf('=') is var at and > 0 ? new(option[..at], option[(at + 1)..]) : new(option, option);
}

public sealed class YesNoFieldAttribute(string label) : ContentFieldAttribute(FieldKind.YesNo, label);

/// <summary>Terms of the taxonomy a module provides with an <see cref="IContentTermSource"/> (e.g. "categories").</summary>
public sealed class TermsFieldAttribute(string label, string taxonomy) : ContentFieldAttribute(FieldKind.Terms, label)
{
    public string Taxonomy { get; } = taxonomy;

    public int MaxCount { get; set; } = 20;
}

/// <summary>
/// Links to other items under a relation ("thay thế"); the linked item sees it under <see cref="Inverse"/>
/// ("bị thay thế"). A link may dangle: the item it names may be deleted or not exist yet.
/// </summary>
public sealed class ContentLinkFieldAttribute(string label, string relation, string inverse) : ContentFieldAttribute(FieldKind.ContentLink, label)
{
    public string Relation { get; } = relation;

    public string Inverse { get; } = inverse;

    /// <summary>Types the links may name; empty for any.</summary>
    public string[] Types { get; set; } = [];

    /// <summary>
    /// Types of relation each link chooses one of, as "key=label|inverse" ("thay-the=thay thế|được thay thế");
    /// empty for the single relation <see cref="Relation"/> / <see cref="Inverse"/>. The first is the default.
    /// </summary>
    public string[] RelationTypes { get; set; } = [];

    /// <summary>Links may also point outside the site's content: a label and an address, kept as they are.</summary>
    public bool AllowExternal { get; set; }

    /// <summary>The declared relation types, parsed.</summary>
    public IReadOnlyList<ContentRelationType> ParsedRelationTypes => parsed ??= RelationTypes.Select(ContentRelationType.Parse).ToList();

    private IReadOnlyList<ContentRelationType>? parsed;
}

public sealed class MediaFieldAttribute(string label) : ContentFieldAttribute(FieldKind.Media, label)
{
    public bool Multiple { get; set; }

    /// <summary>Only images (JPEG, PNG, GIF, WebP).</summary>
    public bool ImagesOnly { get; set; }

    /// <summary>The admin form's file input for a new file; by default "{form name}.File".</summary>
    public string? UploadName { get; set; }

    /// <summary>The admin form's boxes that remove a file; by default "{form name}.Remove".</summary>
    public string? RemoveName { get; set; }
}

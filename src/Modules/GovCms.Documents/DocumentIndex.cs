using GovCms.Content;
using GovCms.Content.Indexing;

namespace GovCms.Documents;

/// <summary>
/// The module's declared index: one row a version of a document, what the registry filters, sorts and looks up by.
/// <see cref="NumberKey"/> is <see cref="DocumentNumber.Key(DocumentPart)"/> ("15/qd-ubnd").
/// </summary>
public sealed class DocumentIndex : ContentIndexRow
{
    public const int TitleLength = 400;

    public string Number { get; set; } = "";

    /// <summary>The year of the number, or of the issue date when the number has none.</summary>
    public int Year { get; set; }

    public string Symbol { get; set; } = "";

    public string NumberKey { get; set; } = "";

    public string DocumentType { get; set; } = "";

    public string Issuer { get; set; } = "";

    public DateOnly IssuedOn { get; set; }

    public DateOnly? EffectiveOn { get; set; }

    public DateOnly? ExpiresOn { get; set; }

    public string Validity { get; set; } = "";

    public bool Confidential { get; set; }

    /// <summary>The abstract (trích yếu), cut to <see cref="TitleLength"/>.</summary>
    public string Title { get; set; } = "";

    public string Slug { get; set; } = "";

    /// <summary>The title folded (no diacritics, lower case), for searching by the abstract's words typed either way.</summary>
    public string TitleKey { get; set; } = "";

    public static IEnumerable<DocumentIndex> Map(ContentItem item) =>
        item.Get<DocumentPart>() is { } document
            ? [new DocumentIndex
            {
                Number = document.Number, Year = YearOf(document), Symbol = document.Symbol, NumberKey = Cut(DocumentNumber.Key(document), 120),
                DocumentType = document.DocumentType, Issuer = document.Issuer, IssuedOn = document.IssuedOn ?? default,
                EffectiveOn = document.EffectiveOn, ExpiresOn = document.ExpiresOn, Validity = document.Validity, Confidential = document.Confidential,
                Title = Cut(document.Abstract.Length > 0 ? document.Abstract : item.DisplayText, TitleLength), Slug = item.Slug,
                TitleKey = Cut(GovCms.Text.VietnameseText.Fold(document.Abstract.Length > 0 ? document.Abstract : item.DisplayText).ToLowerInvariant(), TitleLength),
            }]
            : [];

    /// <summary>The year of the number ("15/2025/QĐ-UBND"), else of the issue date; 0 when neither is known.</summary>
    public static int YearOf(DocumentPart document) => document.Year ?? document.IssuedOn?.Year ?? 0;

    internal static string Cut(string text, int length) => text.Length <= length ? text : text[..length];
}

/// <summary>One row per field (lĩnh vực) of a version of a document: filters and counts by field in one indexed query.</summary>
public sealed class DocumentFieldIndex : ContentIndexRow
{
    public string Field { get; set; } = "";

    public DateOnly IssuedOn { get; set; }

    public bool Confidential { get; set; }

    public static IEnumerable<DocumentFieldIndex> Map(ContentItem item) =>
        item.Get<DocumentPart>() is { } document
            ? document.Fields.Distinct().Select(field => new DocumentFieldIndex { Field = field, IssuedOn = document.IssuedOn ?? default, Confidential = document.Confidential })
            : [];
}

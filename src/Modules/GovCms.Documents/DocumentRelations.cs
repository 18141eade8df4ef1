using System.Reflection;
using GovCms.Content.Fields;

namespace GovCms.Documents;

/// <summary>The types of relation between documents, each with its label from both ends (the national legal database's list).</summary>
public static class DocumentRelations
{
    public const string Repeals = "bai-bo";
    public const string BasedOn = "can-cu";
    public const string Cites = "dan-chieu";
    public const string Suspends = "dinh-chi";
    public const string Corrects = "dinh-chinh";
    public const string Consolidates = "hop-nhat";
    public const string Guides = "huong-dan";
    public const string Details = "quy-dinh-chi-tiet";
    public const string Amends = "sua-doi-bo-sung";
    public const string Pauses = "tam-ngung";
    public const string Replaces = "thay-the";
    public const string Interprets = "giai-thich";
    public const string Announces = "cong-bo";

    /// <summary>The relation types as <see cref="DocumentPart.Relations"/> declares them, with both labels.</summary>
    public static IReadOnlyList<ContentRelationType> All { get; } =
        typeof(DocumentPart).GetProperty(nameof(DocumentPart.Relations))!.GetCustomAttribute<ContentLinkFieldAttribute>()!.ParsedRelationTypes;

    public static ContentRelationType? Find(string? key) => All.FirstOrDefault(t => t.Key == key);
}

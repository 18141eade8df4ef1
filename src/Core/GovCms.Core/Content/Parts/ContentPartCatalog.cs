using System.Text.Json;
using GovCms.Content.Fields;

namespace GovCms.Content.Parts;

/// <summary>The registered parts, by name; a type naming a part nobody registered stops the host at startup.</summary>
public sealed class ContentPartCatalog
{
    private readonly Dictionary<string, ContentPartDefinition> _parts;

    public ContentPartCatalog(IEnumerable<ContentPartDefinition> parts, ContentTypeCatalog types)
    {
        _parts = parts.DistinctBy(p => p.Name).ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var type in types.All)
        {
            if (type.Parts.FirstOrDefault(p => !_parts.ContainsKey(p)) is { } missing)
            {
                throw new InvalidOperationException($"Content type '{type.Name}' carries part '{missing}', which no module registers (services.AddContentPart<{missing}>).");
            }

            var aliases = type.Parts.SelectMany(p => _parts[p].Fields).Select(f => f.ErrorKey).ToList();
            if (aliases.GroupBy(a => a, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
            {
                throw new InvalidOperationException($"Content type '{type.Name}' has two fields named '{twice.Key}'.");
            }
        }
    }

    public ContentPartDefinition? Find(string name) => _parts.GetValueOrDefault(name);

    /// <summary>The parts of a type, in its order.</summary>
    public IReadOnlyList<ContentPartDefinition> Of(ContentTypeDefinition type) => type.Parts.Select(p => _parts[p]).ToList();

    /// <summary>Whether a stored property of a part is computed on save (a Markdown field's rendered HTML), not typed by anyone.</summary>
    public bool IsDerived(string partName, string key) =>
        Find(partName) is { } part && part.Fields.Any(f => f.Attribute is MarkdownFieldAttribute { HtmlProperty: { } html }
            && string.Equals(JsonNamingPolicy.CamelCase.ConvertName(html), key, StringComparison.Ordinal));

    /// <summary>The part an input names by its name or key ("SummaryPart", "summaryPart").</summary>
    public ContentPartDefinition? FindInType(ContentTypeDefinition type, string name) =>
        type.Parts.Contains(name, StringComparer.OrdinalIgnoreCase) ? Find(name) : null;
}

using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovCms.Content.Fields;

namespace GovCms.Content.Parts;

/// <summary>
/// An item as the admin API answers it: its header, its <c>parts</c> as stored, and each field that has an alias
/// (and each <see cref="ApiOutputAttribute"/> property) again at the top level under that name, so clients written
/// against the short names keep working.
/// </summary>
public sealed class ContentOutput(ContentPartCatalog parts, ContentTypeCatalog types)
{
    public JsonObject Of(ContentItem item)
    {
        var output = new JsonObject
        {
            ["id"] = item.ContentItemId,
            ["contentType"] = item.ContentType,
            ["version"] = item.Version,
            ["latest"] = item.Latest,
            ["published"] = item.Published,
            ["publishedVersion"] = item.PublishedVersion,
            ["displayText"] = item.DisplayText,
            ["slug"] = item.Slug,
            ["createdUtc"] = item.CreatedUtc,
            ["modifiedUtc"] = item.ModifiedUtc,
            ["publishedUtc"] = item.PublishedUtc,
            ["author"] = item.Author,
            ["concurrencyStamp"] = item.ConcurrencyStamp,
            ["parts"] = item.Parts.DeepClone(),
        };
        if (types.Find(item.ContentType) is not { } type)
        {
            return output;
        }

        foreach (var part in parts.Of(type))
        {
            var stored = item.Parts[part.Name] as JsonObject;
            foreach (var property in part.Model.GetProperties())
            {
                var name = property.GetCustomAttribute<ContentFieldAttribute>()?.Alias ?? property.GetCustomAttribute<ApiOutputAttribute>()?.Name;
                if (name is not null)
                {
                    var key = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
                    output[name] = stored?[key]?.DeepClone() ?? (part.Fields.FirstOrDefault(f => f.Property == property) is { Multiple: true } ? new JsonArray() : null);
                }
            }
        }

        return output;
    }
}

using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovCms.Content.Fields;
using GovCms.Content.Parts;
using Microsoft.AspNetCore.Http;

namespace GovCms.Content.Public;

/// <summary>
/// A published item for the public JSON API, from its type's declared parts whatever module brings them: what the
/// portal page shows and where it is, nothing of the editing (no author, stamp, id, version numbers or flags, and no
/// Markdown source: its rendered HTML instead). <c>displayText</c>, <c>slug</c>, <c>url</c>, <c>publishDate</c> (the
/// first publication unless a field with that alias gives it) and <c>modifiedUtc</c>; then every field with an alias
/// and every <see cref="ApiOutputAttribute"/> property at the top level under that name (the news fields: <c>summary</c>,
/// <c>bodyHtml</c>, <c>imageUrl</c>, <c>imageAlt</c>, <c>categories</c>); the other fields under <c>parts.{part}.{field}</c>.
/// </summary>
public sealed class PublicContentOutput(ContentPartCatalog parts)
{
    public JsonObject Of(ContentItem item, ContentTypeDefinition type, PathString pathBase)
    {
        var output = new JsonObject
        {
            ["displayText"] = item.DisplayText,
            ["slug"] = item.Slug,
            ["url"] = $"{pathBase}/{type.RoutePrefix}/{item.Slug}",
            ["publishDate"] = item.PublishedUtc,
            ["modifiedUtc"] = item.ModifiedUtc,
        };
        var byPart = new JsonObject();
        foreach (var part in parts.Of(type))
        {
            var stored = item.Parts[part.Name] as JsonObject;
            var own = new JsonObject();
            foreach (var (name, key, value, topLevel) in Outputs(part, stored))
            {
                if (!topLevel)
                {
                    own[key] = value;
                }
                else if (value is not null || !output.ContainsKey(name))
                {
                    output[name] = value;
                }
            }

            if (own.Count > 0)
            {
                byPart[part.Key] = own;
            }
        }

        if (byPart.Count > 0)
        {
            output["parts"] = byPart;
        }

        return output;
    }

    /// <summary>What a part shows: its fields but Markdown sources, the HTML they render to, and its ApiOutput properties.</summary>
    private static IEnumerable<(string Name, string Key, JsonNode? Value, bool TopLevel)> Outputs(ContentPartDefinition part, JsonObject? stored)
    {
        var rendered = part.Fields.Select(f => (f.Attribute as MarkdownFieldAttribute)?.HtmlProperty).OfType<string>().ToHashSet();
        foreach (var property in part.Model.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var key = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var field = part.Fields.FirstOrDefault(f => f.Property == property);
            var value = stored?[key]?.DeepClone() ?? (field is { Multiple: true } ? new JsonArray() : null);
            if (property.GetCustomAttribute<ApiOutputAttribute>() is { } output)
            {
                yield return (output.Name, key, value, true);
            }
            else if (field is { Kind: FieldKind.Markdown })
            {
                continue;
            }
            else if (field is not null)
            {
                yield return (field.Attribute.Alias ?? key, key, value, field.Attribute.Alias is not null);
            }
            else if (rendered.Contains(property.Name))
            {
                yield return (key, key, value, false);
            }
        }
    }
}

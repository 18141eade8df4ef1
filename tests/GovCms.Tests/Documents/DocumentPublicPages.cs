using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GovCms.Tests.Infrastructure;
using static GovCms.Tests.Infrastructure.SiteClient;

namespace GovCms.Tests.Documents;

/// <summary>What the tests of the documents' public pages share: documents created through the admin API, and reading the registry's HTML.</summary>
public static partial class DocumentPublicPages
{
    public static JsonObject Input(string number, string symbol, string issuedOn, string abstractText, string issuer, string type = "quyet-dinh", bool publish = true) => new()
    {
        ["displayText"] = abstractText, ["publish"] = publish, ["number"] = number, ["symbol"] = symbol, ["documentType"] = type,
        ["issuer"] = issuer, ["issuedOn"] = issuedOn, ["abstract"] = abstractText,
    };

    public static JsonObject With(this JsonObject input, params (string Key, JsonNode? Value)[] fields)
    {
        foreach (var (key, value) in fields)
        {
            input[key] = value;
        }

        return input;
    }

    /// <summary>Creates (and by default publishes) a document; answers its id and slug.</summary>
    public static async Task<(string Id, string Slug)> CreateAsync(SiteClient admin, string prefix, JsonObject input)
    {
        var created = await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/{prefix}/api/admin/content/Document", input);
        return (Field(created, "id"), Field(created, "slug"));
    }

    /// <summary>Uploads a file to the site's media library; answers its address.</summary>
    public static async Task<string> UploadAsync(SiteClient admin, string prefix, byte[] content, string name)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", name);
        using var response = await admin.Http.PostAsync($"/{prefix}/api/admin/media", form);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Upload of {name}: {(int)response.StatusCode} {text}");
        return Field(JsonNode.Parse(text), "url");
    }

    /// <summary>The slugs of the documents a registry page lists, in order.</summary>
    public static IReadOnlyList<string> Listed(string html, string prefix) =>
        ListedLink().Matches(html).Select(m => m.Groups["path"].Value).Where(p => p.StartsWith($"/{prefix}/van-ban/", StringComparison.Ordinal))
            .Select(p => p[$"/{prefix}/van-ban/".Length..]).ToList();

    /// <summary>How many documents the select of a filter says each value would give ("value" → count).</summary>
    public static IReadOnlyDictionary<string, int> Counts(string html, string filter)
    {
        var select = Regex.Match(html, $@"<select id=""loc-{Regex.Escape(filter)}""[^>]*>(.*?)</select>", RegexOptions.Singleline);
        Assert.True(select.Success, $"No filter '{filter}' on the page.");
        return CountedOption().Matches(select.Groups[1].Value).ToDictionary(m => m.Groups["value"].Value, m => int.Parse(m.Groups["count"].Value));
    }

    [GeneratedRegex(@"<h2 class=""document-line__title""><a href=""(?<path>[^""]+)""")]
    private static partial Regex ListedLink();

    [GeneratedRegex(@"<option value=""(?<value>[^""]+)""[^>]*data-count=""(?<count>\d+)""")]
    private static partial Regex CountedOption();
}

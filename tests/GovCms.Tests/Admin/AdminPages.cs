using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using GovCms.Tests.Infrastructure;

namespace GovCms.Tests.Admin;

/// <summary>A file a test uploads through a form.</summary>
public sealed record Upload(string Field, string FileName, byte[] Content, string ContentType);

/// <summary>Reads admin pages and posts their forms as a browser does: with the antiforgery token the page carries.</summary>
public static partial class AdminPages
{
    /// <summary>Opens <paramref name="formPage"/>, takes its antiforgery token and posts the fields to <paramref name="action"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this SiteClient client, string formPage, string action, IEnumerable<(string Name, string Value)> fields, Upload? upload = null)
    {
        var token = TokenIn(await client.PageAsync(formPage));
        var all = fields.Append((Name: "__RequestVerificationToken", Value: token)).ToList();
        HttpContent content;
        if (upload is null)
        {
            content = new FormUrlEncodedContent(all.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        }
        else
        {
            var multipart = new MultipartFormDataContent();
            foreach (var (name, value) in all)
            {
                multipart.Add(new StringContent(value), name);
            }

            var file = new ByteArrayContent(upload.Content);
            file.Headers.ContentType = new MediaTypeHeaderValue(upload.ContentType);
            multipart.Add(file, upload.Field, upload.FileName);
            content = multipart;
        }

        return await client.Http.PostAsync(action, content);
    }

    /// <summary>Posts and expects the redirect that follows a successful form; returns where it leads.</summary>
    public static async Task<string> PostFormExpectingRedirectAsync(this SiteClient client, string formPage, string action, IEnumerable<(string Name, string Value)> fields, Upload? upload = null)
    {
        using var response = await client.PostFormAsync(formPage, action, fields, upload);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"POST {action}: expected a redirect, got {(int)response.StatusCode}: {ErrorsIn(body)}");
        return response.Headers.Location!.OriginalString;
    }

    public static string TokenIn(string html) =>
        TokenPattern().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("The page has no antiforgery token.");

    /// <summary>The message shown next to a field, or null when there is none.</summary>
    public static string? FieldError(string html, string field) =>
        Regex.Match(html, $"<span class=\"field-validation-error\"[^>]*id=\"{field}-error\"[^>]*>(.*?)</span>") is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : null;

    /// <summary>The value of a text field as the page shows it.</summary>
    public static string? InputValue(string html, string field) =>
        Regex.Match(html, $"<input [^>]*id=\"{field}\"[^>]*value=\"([^\"]*)\"") is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;

    public static string? TextareaValue(string html, string field) =>
        Regex.Match(html, $"<textarea [^>]*id=\"{field}\"[^>]*>\\s*(.*?)</textarea>", RegexOptions.Singleline) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : null;

    /// <summary>The links of the admin menu, by their text.</summary>
    public static IReadOnlyList<string> MenuLinks(string html)
    {
        var nav = Regex.Match(html, "<nav id=\"admin-nav\".*?</nav>", RegexOptions.Singleline).Value;
        return Regex.Matches(nav, "<a [^>]*>(.*?)</a>").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
    }

    private static string ErrorsIn(string html) =>
        string.Join(" | ", Regex.Matches(html, "class=\"(?:field-validation-error|notice notice-error)\"[^>]*>(.*?)<", RegexOptions.Singleline)
            .Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

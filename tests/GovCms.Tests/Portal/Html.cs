using System.Text.RegularExpressions;

namespace GovCms.Tests.Portal;

/// <summary>Just enough reading of rendered HTML for the portal tests: elements by tag or class, and their text.</summary>
public static partial class Html
{
    /// <summary>The outer HTML of the first element with the tag (and the class, when given); fails when there is none.</summary>
    public static string Element(string html, string tag, string? cssClass = null)
    {
        var classPattern = cssClass is null ? "" : $@"[^>]*class=""[^""]*\b{Regex.Escape(cssClass)}\b[^""]*""";
        var match = Regex.Match(html, $@"<{tag}\b{classPattern}[^>]*>.*?</{tag}>", RegexOptions.Singleline);
        Assert.True(match.Success, $"No <{tag}{(cssClass is null ? "" : " class=" + cssClass)}> in the page.");
        return match.Value;
    }

    /// <summary>The text of an element, tags removed and white space collapsed.</summary>
    public static string Text(string element) => Spaces().Replace(Tags().Replace(element, " "), " ").Trim();

    public static int Count(string html, string pattern) => Regex.Matches(html, pattern, RegexOptions.Singleline).Count;

    /// <summary>The href of every link inside the HTML, in order.</summary>
    public static IReadOnlyList<string> Hrefs(string html) => HrefPattern().Matches(html).Select(m => m.Groups[1].Value).ToList();

    /// <summary>The text of every link inside the HTML, in order.</summary>
    public static IReadOnlyList<string> LinkTexts(string html) => LinkPattern().Matches(html).Select(m => Text(m.Groups[1].Value)).ToList();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"<a\b[^>]*\bhref=""([^""]*)""")]
    private static partial Regex HrefPattern();

    [GeneratedRegex(@"<a\b[^>]*>(.*?)</a>", RegexOptions.Singleline)]
    private static partial Regex LinkPattern();
}

using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GovCms.Text;

/// <summary>
/// Markdown to HTML with raw HTML off and only safe link schemes, so stored bodies can be output as they are.
/// Rendering never throws: a body too long or nested too deeply for the parser (thousands of "&gt;" or list levels)
/// is shown as plain text, and <see cref="Render"/> tells the editor why it cannot be saved.
/// </summary>
public static class MarkdownRenderer
{
    /// <summary>The longest body stored (characters); some inputs take the parser time that grows with the square of their length.</summary>
    public const int MaxLength = 100_000;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseListExtras()
        .DisableHtml()
        .Build();

    private static readonly string[] SafeSchemes = ["http:", "https:", "mailto:", "tel:"];

    public static string ToHtml(string markdown) => Render(markdown).Html;

    /// <summary>The HTML, and why it is only the text: the reason, in Vietnamese, that the body cannot be stored (null when it can).</summary>
    public static (string Html, string? Problem) Render(string markdown)
    {
        if (markdown.Length > MaxLength)
        {
            return (PlainText(markdown), string.Create(CultureInfo.GetCultureInfo("vi-VN"),
                $"Nội dung dài {markdown.Length:N0} ký tự, quá giới hạn {MaxLength:N0} ký tự. Hãy chia thành nhiều bài hoặc đính kèm tệp."));
        }

        try
        {
            return (RenderMarkdown(markdown), null);
        }
        catch (ArgumentException)
        {
            // Markdig refuses input nested deeper than its limit rather than overflow the stack.
            return (PlainText(markdown), "Nội dung có quá nhiều cấp lồng nhau (trích dẫn \">\" hoặc danh sách lồng trong nhau). Hãy giảm số cấp lồng.");
        }
    }

    /// <summary>Encodes only what HTML needs (&lt; &gt; &amp; quotes), so Vietnamese letters stay readable.</summary>
    private static readonly HtmlEncoder TextEncoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string PlainText(string markdown) =>
        "<p>" + string.Join("<br>\n", markdown.Normalize().ReplaceLineEndings("\n").Split('\n').Select(TextEncoder.Encode)) + "</p>";

    private static string RenderMarkdown(string markdown)
    {
        var document = Markdown.Parse(markdown.Normalize(), Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafe(link.Url))
            {
                link.Url = "#";
            }
        }

        foreach (var link in document.Descendants<AutolinkInline>())
        {
            if (!IsSafe(link.Url))
            {
                link.Url = "#";
            }
        }

        return document.ToHtml(Pipeline);
    }

    internal static bool IsSafe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return true;
        }

        var trimmed = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        var colon = trimmed.IndexOf(':');
        var slash = trimmed.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon >= 0 && (slash < 0 || colon < slash);
        return !hasScheme || SafeSchemes.Any(s => trimmed.StartsWith(s, StringComparison.OrdinalIgnoreCase));
    }
}

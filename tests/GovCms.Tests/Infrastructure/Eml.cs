using System.Text;
using System.Text.RegularExpressions;

namespace GovCms.Tests.Infrastructure;

/// <summary>A message System.Net.Mail wrote to a pickup folder, with its encoded subject and base64 body decoded.</summary>
public sealed partial record Eml(string To, string Subject, string Body)
{
    /// <summary>The message, or null while the file is still being written.</summary>
    public static Eml? Read(string path)
    {
        var text = File.ReadAllText(path);
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (split < 0)
        {
            return null;
        }

        // Folded header lines continue with whitespace.
        var headers = FoldedLine().Replace(text[..split], " ");
        string Header(string name) => Regex.Match(headers, $"^{name}: (.*)$", RegexOptions.Multiline).Groups[1].Value.Trim();
        var body = text[(split + 4)..];
        if (Header("Content-Transfer-Encoding").Equals("base64", StringComparison.OrdinalIgnoreCase))
        {
            body = Encoding.UTF8.GetString(Convert.FromBase64String(Regex.Replace(body, "\\s", "")));
        }

        return new Eml(Header("To"), DecodeWords(Header("Subject")), body);
    }

    /// <summary>All messages of the folder.</summary>
    public static IReadOnlyList<Eml> All(string folder) =>
        Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml").Select(Read).OfType<Eml>().ToList() : [];

    /// <summary>Joins RFC 2047 words ("=?utf-8?B?...?=") before decoding, so a letter split between words survives.</summary>
    private static string DecodeWords(string value)
    {
        var words = EncodedWord().Matches(value);
        if (words.Count == 0)
        {
            return value;
        }

        var bytes = words.SelectMany(w => w.Groups[1].Value.Equals("B", StringComparison.OrdinalIgnoreCase)
            ? Convert.FromBase64String(w.Groups[2].Value)
            : Encoding.UTF8.GetBytes(w.Groups[2].Value)).ToArray();
        return Encoding.UTF8.GetString(bytes);
    }

    [GeneratedRegex("\\r\\n[ \\t]+")]
    private static partial Regex FoldedLine();

    [GeneratedRegex("=\\?utf-8\\?([BQ])\\?([^?]*)\\?=", RegexOptions.IgnoreCase)]
    private static partial Regex EncodedWord();
}

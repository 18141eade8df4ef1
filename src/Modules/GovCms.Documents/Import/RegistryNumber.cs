using System.Text.RegularExpressions;

namespace GovCms.Documents.Import;

/// <summary>The parts of a "Số ký hiệu" as registries write it.</summary>
public sealed partial record RegistryNumber(string Number, int? Year, string Symbol)
{
    /// <summary>
    /// "15/QĐ-UBND" → 15, no year, QĐ-UBND; "15/2025/QĐ-UBND" → 15, 2025, QĐ-UBND; "Số: 15/QĐ-UBND" as the first;
    /// "QĐ-UBND" or "/UBND-VP" (a Công văn without a number) → no number. Null when the text holds no symbol.
    /// </summary>
    public static RegistryNumber? Parse(string text)
    {
        var match = Pattern().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        int? year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
        return new RegistryNumber(match.Groups["number"].Value, year, Regex.Replace(match.Groups["symbol"].Value.Trim(), @"\s*([-/])\s*", "$1"));
    }

    [GeneratedRegex(@"^(?:số\s*:?\s*)?(?:(?<number>\d+[a-zA-Z]?)\s*[/\-]\s*)?(?:(?<year>(?:19|20)\d\d)\s*/\s*)?/?\s*(?<symbol>[\p{L}][\p{L}\d\s\-\.&/]*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

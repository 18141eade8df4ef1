using System.Text;
using GovCms.Text;

namespace GovCms.Documents;

/// <summary>
/// The number and symbol of a document (số ký hiệu) as shown ("15/QĐ-UBND") and as looked up ("15/qd-ubnd"):
/// folded (no diacritics, đ → d), lower case, spaces and dots around the separators removed.
/// </summary>
public static class DocumentNumber
{
    /// <summary>
    /// "15/QĐ-UBND"; with the year its number carries (<see cref="DocumentPart.Year"/>) "15/2025/QĐ-UBND";
    /// a document without a number shows its symbol alone.
    /// </summary>
    public static string Display(DocumentPart part) => Display(part.Number, part.Symbol, part.Year);

    public static string Display(string? number, string? symbol, int? year = null)
    {
        var (n, s) = ((number ?? "").Trim(), (symbol ?? "").Trim());
        if (n.Length > 0 && year is { } inNumber)
        {
            n = $"{n}/{inNumber}";
        }

        return n.Length == 0 ? s : s.Length == 0 ? n : $"{n}/{s}";
    }

    /// <summary>"Số: 15/QĐ-UBND", as the document's header shows it.</summary>
    public static string Caption(DocumentPart part) => $"Số: {Display(part)}";

    /// <summary>The lookup form of a number and symbol: <c>Key("15", "QĐ-UBND")</c> is "15/qd-ubnd".</summary>
    public static string Key(string? number, string? symbol) => Key(Display(number, symbol));

    public static string Key(DocumentPart part) => Key(Display(part));

    /// <summary>
    /// The lookup form of what someone typed: "15/QĐ-UBND", "15/qđ-ubnd" and "15 / QĐ - UBND" are all "15/qd-ubnd";
    /// "qd ubnd" is "qd-ubnd" (a space between letters is the symbol's dash).
    /// </summary>
    public static string Key(string? text)
    {
        var folded = VietnameseText.Fold(text ?? "").ToLowerInvariant();
        var key = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                key.Append(c);
            }
            else if (c is '/' or '\\')
            {
                TrimSeparator(key);
                key.Append('/');
            }
            else if (c is '-' or '–' or '—' or '_' or '.' or ' ' or '\t')
            {
                if (key.Length > 0 && key[^1] is not ('/' or '-'))
                {
                    key.Append('-');
                }
            }
        }

        TrimSeparator(key);
        return key.ToString();
    }

    private static void TrimSeparator(StringBuilder key)
    {
        while (key.Length > 0 && key[^1] is '-' or '/')
        {
            key.Length--;
        }
    }
}

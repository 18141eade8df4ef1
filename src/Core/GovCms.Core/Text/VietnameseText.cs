using System.Globalization;
using System.Text;

namespace GovCms.Text;

/// <summary>Folding and slugs for Vietnamese: NFC first, marks removed, đ mapped to d explicitly (it does not decompose).</summary>
public static class VietnameseText
{
    /// <summary>Removes diacritics and maps đ/Đ to d/D: "Đông Sơn" → "Dong Son". Case is kept.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (c)
            {
                case 'đ':
                    builder.Append('d');
                    break;
                case 'Đ':
                    builder.Append('D');
                    break;
                default:
                    if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>"Thông báo mời thầu - Đông Sơn" → "thong-bao-moi-thau-dong-son".</summary>
    public static string Slugify(string text, int maxLength = 120)
    {
        var folded = Fold(text).ToLowerInvariant();
        var builder = new StringBuilder(folded.Length);
        var pendingDash = false;
        foreach (var c in folded)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingDash && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(c);
                pendingDash = false;
            }
            else
            {
                pendingDash = true;
            }
        }

        var slug = builder.ToString();
        return slug.Length <= maxLength ? slug : slug[..maxLength].TrimEnd('-');
    }

    public static bool IsSlug(string text) =>
        text.Length is > 0 and <= 120 && text[0] != '-' && text[^1] != '-' && !text.Contains("--", StringComparison.Ordinal) &&
        text.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-');
}

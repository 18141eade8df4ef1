using System.Globalization;

namespace GovCms.Text;

/// <summary>
/// Times people type: a datetime-local field in Vietnam time (admin forms) or an ISO 8601 time with its offset
/// (the JSON API), within the years a publication can carry. Anything else is refused with a message for its field,
/// so that no conversion or database column ever meets year 1 or 9999.
/// </summary>
public static class TimeInput
{
    public const int MinYear = 1900;
    public const int MaxYear = 2100;

    /// <summary>The formats of an HTML datetime-local field.</summary>
    public static readonly string[] LocalFormats = ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"];

    /// <summary>"phải trong khoảng từ năm 1900 đến năm 2100", after the name of the field.</summary>
    public static string RangeRule => string.Create(CultureInfo.InvariantCulture, $"phải trong khoảng từ năm {MinYear} đến năm {MaxYear}");

    public static bool InRange(DateTime utc) => utc.Year is >= MinYear and <= MaxYear;

    /// <summary>A datetime-local value in Vietnam time, as UTC. Empty is no time; <paramref name="error"/> says what is wrong, after <paramref name="label"/>.</summary>
    public static DateTime? ParseLocal(string? value, string label, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!DateTime.TryParseExact(value.Trim(), LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            error = $"{label} không hợp lệ. Hãy chọn ngày và giờ.";
            return null;
        }

        if (local.Year is < MinYear or > MaxYear)
        {
            error = $"{label} {RangeRule}.";
            return null;
        }

        return VietnamTime.ToUtc(local);
    }

    /// <summary>An ISO 8601 time with its offset ("2026-03-05T08:30:00+07:00"), as UTC; empty is no time.</summary>
    public static DateTime? ParseInstant(string? value, string label, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        // Year 1 with a positive offset, or 9999 with a negative one, is not a DateTimeOffset at all: the same message.
        if (!DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            error = $"{label} không hợp lệ: hãy ghi ngày giờ ISO 8601 có múi giờ, ví dụ 2026-03-05T08:30:00+07:00.";
            return null;
        }

        var utc = instant.UtcDateTime;
        if (!InRange(utc))
        {
            error = $"{label} {RangeRule}.";
            return null;
        }

        return utc;
    }
}

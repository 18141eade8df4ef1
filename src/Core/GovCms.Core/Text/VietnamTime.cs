using System.Globalization;

namespace GovCms.Text;

/// <summary>Times are stored in UTC and shown in Asia/Ho_Chi_Minh.</summary>
public static class VietnamTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public static DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>A time someone entered in Vietnam, as UTC for storing.</summary>
    public static DateTime ToUtc(DateTime local) => TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone);

    /// <summary>dd/MM/yyyy HH:mm, as lists show times.</summary>
    public static string FormatDateTime(DateTime utc) => ToLocal(utc).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>dd/MM/yyyy, as lists show dates.</summary>
    public static string FormatDate(DateTime utc) => ToLocal(utc).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>yyyy-MM-dd in Vietnam, for the datetime attribute of a time element.</summary>
    public static string IsoDate(DateTime utc) => ToLocal(utc).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static readonly string[] Weekdays = ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

    /// <summary>"Thứ Hai, ngày 01/12/2026", as portal headers show today.</summary>
    public static string FormatWeekdayDate(DateTime utc)
    {
        var local = ToLocal(utc);
        return string.Create(CultureInfo.InvariantCulture, $"{Weekdays[(int)local.DayOfWeek]}, ngày {local:dd/MM/yyyy}");
    }

    /// <summary>The next midnight in Vietnam, in UTC: when a page showing today's date goes stale.</summary>
    public static DateTime NextMidnightUtc(DateTime utc) => ToUtc(ToLocal(utc).Date.AddDays(1));

    /// <summary>"ngày 05 tháng 3 năm 2026", as documents show dates.</summary>
    public static string FormatLong(DateTime utc)
    {
        var local = ToLocal(utc);
        return string.Create(CultureInfo.InvariantCulture, $"ngày {local.Day:00} tháng {local.Month} năm {local.Year}");
    }
}

using System.Globalization;

namespace GovCms.Workflows.Admin;

/// <summary>How long something has waited, in words: "12 phút", "3 giờ", "2 ngày".</summary>
public static class WaitingTime
{
    public static string Describe(TimeSpan waited) => waited switch
    {
        { TotalMinutes: < 1 } => "vừa xong",
        { TotalHours: < 1 } => string.Create(CultureInfo.InvariantCulture, $"{(int)waited.TotalMinutes} phút"),
        { TotalDays: < 1 } => string.Create(CultureInfo.InvariantCulture, $"{(int)waited.TotalHours} giờ"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{(int)waited.TotalDays} ngày"),
    };
}

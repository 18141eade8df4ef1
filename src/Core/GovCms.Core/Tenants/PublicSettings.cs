namespace GovCms.Tenants;

/// <summary>Site settings as the portal shows them: empty values and recipe placeholders ("[CẦN BỔ SUNG: ...]") are left out.</summary>
public static class PublicSettings
{
    public const string PlaceholderStart = "[CẦN BỔ SUNG";

    public static string? PublicSetting(this TenantContext tenant, string key) =>
        tenant.Setting(key) is { } value && !string.IsNullOrWhiteSpace(value) && !value.TrimStart().StartsWith(PlaceholderStart, StringComparison.Ordinal)
            ? value.Trim()
            : null;
}

namespace GovCms.Tenants;

/// <summary>
/// The official identity a public page shows, e.g. "Ủy ban nhân dân phường Đông Sơn" under the units
/// above it, "thị xã Bỉm Sơn — tỉnh Thanh Hóa". Built per request from the cached catalog, so a renamed
/// province shows at once on every commune below it.
/// </summary>
public sealed record SiteIdentity(string ShortName, string FullName, IReadOnlyList<string> UnitsAbove)
{
    /// <summary>Unit types that start a unit's name; inside a sentence they are written in lower case.</summary>
    private static readonly string[] UnitTypes = ["Thành phố", "Thị xã", "Thị trấn", "Đặc khu", "Tỉnh", "Huyện", "Quận", "Xã", "Phường"];

    /// <summary>"UBND phường Đông Sơn — thị xã Bỉm Sơn — tỉnh Thanh Hóa".</summary>
    public string Chain => string.Join(" — ", UnitsAbove.Prepend(ShortName));

    public static SiteIdentity For(TenantContext tenant, ITenantCatalog catalog)
    {
        var name = InSentence(tenant.DisplayName);
        var above = tenant.AncestorIds.Select(id => catalog.Find(id)?.DisplayName).OfType<string>().Select(InSentence).ToList();
        return new SiteIdentity($"UBND {name}", tenant.Setting(SiteSettings.AgencyName) ?? $"Ủy ban nhân dân {name}", above);
    }

    /// <summary>"Thị xã Bỉm Sơn" → "thị xã Bỉm Sơn"; a name that does not start with a unit type is kept.</summary>
    public static string InSentence(string unitName)
    {
        foreach (var type in UnitTypes)
        {
            if (unitName.StartsWith(type + " ", StringComparison.Ordinal))
            {
                return type.ToLowerInvariant() + unitName[type.Length..];
            }
        }

        return unitName;
    }
}

namespace GovCms.Tenants;

/// <summary>A level of the tenant tree and the levels its parent may have.</summary>
public sealed class TenantLevel
{
    public string Name { get; set; } = "";
    public string DisplayName { get; set; } = "";
    /// <summary>Levels a parent may have; empty for a top level (no parent).</summary>
    public List<string> Parents { get; set; } = [];

    /// <summary>How many digits the unit's GSO code has at this level (2 for a province, 3 a district, 5 a commune); null: any number.</summary>
    public int? CodeDigits { get; set; }
}

/// <summary>Bound from "GovCms:Tenancy". The levels are configuration, not code.</summary>
public sealed class TenancyOptions
{
    /// <summary>Province > district > commune; a commune may also sit directly under a province (the 2025 reform).</summary>
    public static IReadOnlyList<TenantLevel> DefaultLevels =>
    [
        new() { Name = "province", DisplayName = "Tỉnh, thành phố", Parents = [], CodeDigits = 2 },
        new() { Name = "district", DisplayName = "Quận, huyện", Parents = ["province"], CodeDigits = 3 },
        new() { Name = "commune", DisplayName = "Xã, phường", Parents = ["district", "province"], CodeDigits = 5 },
    ];

    public List<TenantLevel> Levels { get; set; } = [];

    /// <summary>
    /// Host names the host itself is served on (the root site answers them); no site may take one. Empty: the names
    /// the server listens on (its URLs) and "localhost".
    /// </summary>
    public List<string> ReservedHostNames { get; set; } = [];

    /// <summary>Whether a site's host name may be an IP address (off: only DNS names).</summary>
    public bool AllowIpHostNames { get; set; }

    /// <summary>How often every host looks for tree changes made by other hosts or the command line.</summary>
    public double ChangePollSeconds { get; set; } = 1;

    /// <summary>How long rows of the change log are kept.</summary>
    public double ChangeRetentionHours { get; set; } = 24;

    public IReadOnlyList<TenantLevel> EffectiveLevels => Levels.Count > 0 ? Levels : DefaultLevels;

    public TenantLevel? FindLevel(string name) =>
        EffectiveLevels.FirstOrDefault(l => string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether a unit of this level may have units below it (the lowest level may not).</summary>
    public bool MayHaveChildren(string level) =>
        EffectiveLevels.Any(l => l.Parents.Contains(level, StringComparer.OrdinalIgnoreCase));

    /// <summary>Whether a unit of <paramref name="childLevel"/> may sit directly below one of <paramref name="parentLevel"/>.</summary>
    public bool MayBeBelow(string childLevel, string parentLevel) =>
        FindLevel(childLevel) is { } level && level.Parents.Contains(parentLevel, StringComparer.OrdinalIgnoreCase);
}

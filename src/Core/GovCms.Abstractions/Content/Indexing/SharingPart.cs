namespace GovCms.Content.Indexing;

/// <summary>
/// An item of a province or district shared downward: the sites below it read it (without copies) through
/// their index queries with <c>SiteScope.VisibleFrom(site)</c>, each row showing the owner site. Any content
/// type may carry it; it takes effect with the version that is published, like every other part.
/// </summary>
public sealed class SharingPart
{
    public bool SharedDownward { get; set; }

    /// <summary>The tenant levels that see it (e.g. "commune"); empty for every level below the owner.</summary>
    public List<string> Levels { get; set; } = [];

    /// <summary>The stored form of <see cref="Levels"/>: "|district|commune|", or "" for every level.</summary>
    public string LevelsKey() =>
        Levels.Count == 0 ? "" : "|" + string.Join("|", Levels.Select(l => l.Trim().ToLowerInvariant()).Where(l => l.Length > 0).Distinct().Order()) + "|";
}

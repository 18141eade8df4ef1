using GovCms.Data;

namespace GovCms.Content.Indexing;

/// <summary>
/// The columns every declared index row has; a module's row type adds its own (mapped from parts). The engine
/// writes the rows, in the SaveChanges of the content operation, for two versions of each item:
/// the published one (<see cref="Published"/>, for portals and APIs) and the latest one (<see cref="Latest"/>,
/// for admin lists). When the latest version is the published one, its rows have both flags.
/// </summary>
public abstract class ContentIndexRow : ITenantOwned
{
    public long Id { get; set; }
    /// <summary>The site that owns the item (shown as its owner where the row is read from another site).</summary>
    public int TenantId { get; set; }
    public string ContentItemId { get; set; } = "";
    public string ContentType { get; set; } = "";
    /// <summary>A row of the item's published version.</summary>
    public bool Published { get; set; }
    /// <summary>A row of the item's latest version.</summary>
    public bool Latest { get; set; }
    /// <summary>Read by the sites below the owner (<see cref="SharingPart"/>), through <c>SiteScope.VisibleFrom</c>.</summary>
    public bool SharedDownward { get; set; }
    /// <summary>The levels it is shared to, as "|district|commune|"; empty for every level below.</summary>
    public string SharedLevels { get; set; } = "";
}

/// <summary>Which version of the items an index query reads.</summary>
public enum IndexedVersion
{
    /// <summary>The published version of each published item (public pages, public APIs).</summary>
    Published,
    /// <summary>The latest version of each item, draft or not (admin lists).</summary>
    Latest,
}

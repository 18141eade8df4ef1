namespace GovCms.Hosting;

/// <summary>Bound from "GovCms:OutputCache": the output cache of anonymous portal pages.</summary>
public sealed class PortalCacheOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Lifetime of a page in the in-memory store. Eviction reaches only this host's memory, so this bounds how
    /// long a change made on another host (a publication, a setting) can take to show here.
    /// </summary>
    public int MemoryExpirySeconds { get; set; } = 10;

    /// <summary>Lifetime of a page in the Redis store, which every host evicts from: changes show at once everywhere.</summary>
    public int RedisExpirySeconds { get; set; } = 600;

    /// <summary>Keep the home page's lists and articles' related news in the store too (see <see cref="PortalFragments"/>).</summary>
    public bool Fragments { get; set; } = true;

    /// <summary>The lifetime of entries in the store in use, set at startup.</summary>
    public TimeSpan Expiry { get; set; }

    /// <summary>Largest total size of the in-memory store.</summary>
    public long MemorySizeLimitBytes { get; set; } = 100 * 1024 * 1024;
}

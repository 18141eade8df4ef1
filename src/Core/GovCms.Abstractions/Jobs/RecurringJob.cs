namespace GovCms.Jobs;

public enum JobScope
{
    /// <summary>Each occurrence is one job per site (of the sites where <see cref="RecurringJob.Feature"/> is on), claimed by one host.</summary>
    PerSite,

    /// <summary>Every host runs each occurrence itself, outside any site (e.g. cleaning its own temporary files).</summary>
    PerHost,
}

/// <summary>
/// A job that comes back: on a cron schedule in Vietnam time (five fields: minute hour day month weekday, e.g.
/// "30 2 * * *" every day at 02:30) or at a fixed interval. The handler of <see cref="Kind"/> runs each occurrence.
/// </summary>
public sealed record RecurringJob(string Name, string Kind, JobScope Scope)
{
    public string? Cron { get; init; }

    public TimeSpan? Every { get; init; }

    /// <summary>For <see cref="JobScope.PerSite"/>: only sites with this feature on; null for every site.</summary>
    public string? Feature { get; init; }
}

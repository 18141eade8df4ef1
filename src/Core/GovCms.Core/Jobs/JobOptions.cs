namespace GovCms.Jobs;

/// <summary>Bound from "GovCms:Scheduling".</summary>
public sealed class JobOptions
{
    /// <summary>Run due jobs in this host; turn it off on hosts that should only serve pages.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the runner looks for due jobs (it also looks at once after a change queued work for now).</summary>
    public double PollSeconds { get; set; } = 15;

    /// <summary>A job claimed longer ago than this by a host that never finished it (it stopped) may be claimed again.</summary>
    public double LeaseMinutes { get; set; } = 5;

    /// <summary>A job that failed this many times is given up; its error stays.</summary>
    public int MaxAttempts { get; set; } = 5;
}

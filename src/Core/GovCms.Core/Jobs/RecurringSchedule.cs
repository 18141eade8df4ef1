using Cronos;
using GovCms.Text;

namespace GovCms.Jobs;

/// <summary>The next time of a recurring job: its cron expression read in Vietnam time, or its interval.</summary>
internal static class RecurringSchedule
{
    public static DateTime Next(RecurringJob job, DateTime afterUtc)
    {
        if (job.Every is { } every)
        {
            return afterUtc + every;
        }

        var cron = CronExpression.Parse(job.Cron!);
        return cron.GetNextOccurrence(DateTime.SpecifyKind(afterUtc, DateTimeKind.Utc), VietnamTime.Zone)
            ?? throw new InvalidOperationException($"Recurring job '{job.Name}': the cron expression '{job.Cron}' has no next time.");
    }

    /// <summary>Refuses a declaration the runner could not plan, when the host starts rather than at the first occurrence.</summary>
    public static void Check(RecurringJob job)
    {
        if (job.Cron is { } cron)
        {
            CronExpression.Parse(cron);
        }
        else if (job.Every is not { TotalSeconds: >= 1 })
        {
            throw new InvalidOperationException($"Recurring job '{job.Name}': the interval must be at least one second.");
        }
    }
}

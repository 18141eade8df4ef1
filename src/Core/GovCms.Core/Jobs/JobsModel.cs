using GovCms.Data;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Jobs;

internal sealed class JobsModel : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        modelBuilder.Entity<ScheduledJob>(job =>
        {
            job.ToTable("ScheduledJobs");
            job.Property(j => j.Kind).HasMaxLength(40);
            job.Property(j => j.ContentItemId).HasMaxLength(40);
            job.Property(j => j.InstanceId).HasMaxLength(40);
            job.Property(j => j.OrderKey).HasMaxLength(200);
            job.Property(j => j.CreatedBy).HasMaxLength(256);
            job.Property(j => j.ClaimedBy).HasMaxLength(200);
            // The runner looks for due jobs of every tenant at once.
            job.HasIndex(j => new { j.CompletedUtc, j.DueUtc });
            job.HasIndex(j => new { j.TenantId, j.ContentItemId });
            job.HasIndex(j => new { j.OrderKey, j.CompletedUtc });
        });
        modelBuilder.Entity<RecurringJobState>(recurring =>
        {
            // One row per declared job for the whole database: its occurrences are queued per site.
            recurring.IsHostLevel();
            recurring.ToTable("RecurringJobs");
            recurring.HasKey(r => r.Name);
            recurring.Property(r => r.Name).HasMaxLength(100);
            recurring.Property(r => r.LastRunBy).HasMaxLength(200);
        });
    }
}

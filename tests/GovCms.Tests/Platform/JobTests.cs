using System.Collections.Concurrent;
using GovCms.Data;
using GovCms.Jobs;
using GovCms.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tests.Platform;

/// <summary>Which host ran what, across every host of a test.</summary>
public sealed class RunLog
{
    public ConcurrentQueue<(string Host, long JobId, int TenantId)> Runs { get; } = new();

    /// <summary>Jobs a host started and never finished (it stopped while running them).</summary>
    public ConcurrentQueue<long> Started { get; } = new();
}

/// <summary>The name of the host a handler runs in; a host told to hang starts its jobs and never finishes them.</summary>
public sealed record HostMark(string Name, bool Hangs = false);

internal sealed class LoggedJob(RunLog log, HostMark host) : IJobHandler
{
    public const string JobKind = "test-logged";

    public string Kind => JobKind;

    public async Task RunAsync(Job job, CancellationToken cancellationToken)
    {
        if (host.Hangs)
        {
            log.Started.Enqueue(job.Id);
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        log.Runs.Enqueue((host.Name, job.Id, job.TenantId));
    }
}

/// <summary>Recurring jobs and leases with two hosts on one database.</summary>
public abstract class JobTests(GovCmsSite site)
{
    private const string Slug = Demo.District;

    [Fact]
    public async Task A_recurring_job_of_sites_runs_once_per_site_and_occurrence_and_a_recurring_job_of_hosts_on_each_host()
    {
        var log = new RunLog();
        await using var first = site.WithWebHostBuilder(builder => Recurring(builder, log, "first"));
        await using var second = site.WithWebHostBuilder(builder => Recurring(builder, log, "second"));
        var sites = first.Services.GetRequiredService<GovCms.Tenants.ITenantCatalog>().Count;
        _ = second.Services;
        await Editorial.EventuallyAsync(() => InTenantAsync(first, services =>
            services.GetRequiredService<GovCmsDbContext>().Set<RecurringJobState>().AnyAsync(r => r.Name == "test-hourly")), "the recurring job is planned");
        await Task.Delay(500);
        Assert.Empty(log.Runs);

        for (var occurrence = 1; occurrence <= 2; occurrence++)
        {
            Advance(TimeSpan.FromMinutes(61), first, second);
            await Editorial.EventuallyAsync(() => Task.FromResult(log.Runs.Count(r => r.TenantId != 0) == sites * occurrence && log.Runs.Count(r => r.TenantId == 0) == 2 * occurrence),
                $"occurrence {occurrence} on every site and on both hosts");
            await Task.Delay(500);
            var perSite = log.Runs.Where(r => r.TenantId != 0).GroupBy(r => r.TenantId).ToList();
            Assert.Equal(sites, perSite.Count);
            Assert.All(perSite, s => Assert.Equal(occurrence, s.Count()));
            Assert.Equal(occurrence, log.Runs.Count(r => r.TenantId == 0 && r.Host == "first"));
            Assert.Equal(occurrence, log.Runs.Count(r => r.TenantId == 0 && r.Host == "second"));
        }
    }

    [Fact]
    public async Task A_job_of_a_host_that_died_while_running_it_is_taken_over_by_another_host_once_the_lease_ran_out()
    {
        var log = new RunLog();
        var dying = site.WithWebHostBuilder(builder => Logged(builder, log, new HostMark("dying", Hangs: true)));
        var id = await QueueAsync(dying);
        var dyingNode = dying.Services.GetRequiredService<JobRunner>().Node;
        await Editorial.EventuallyAsync(() => Task.FromResult(log.Started.Contains(id)), "the first host starts the job");
        Assert.Equal(dyingNode, (await JobAsync(dying, id)).ClaimedBy);
        await dying.DisposeAsync();

        await using var survivor = site.WithWebHostBuilder(builder => Logged(builder, log, new HostMark("survivor")));
        var job = await JobAsync(survivor, id);
        Assert.Equal(dyingNode, job.ClaimedBy);
        Assert.Null(job.CompletedUtc);
        await Task.Delay(500);
        Assert.Empty(log.Runs);

        survivor.Services.GetRequiredService<TestClock>().Advance(TimeSpan.FromMinutes(6));
        await Editorial.EventuallyAsync(async () => (await JobAsync(survivor, id)).CompletedUtc is not null, "the other host runs the job");
        Assert.Equal(survivor.Services.GetRequiredService<JobRunner>().Node, (await JobAsync(survivor, id)).ClaimedBy);
        var run = Assert.Single(log.Runs);
        Assert.Equal(("survivor", id), (run.Host, run.JobId));
    }

    private static void Recurring(IWebHostBuilder builder, RunLog log, string host)
    {
        Logged(builder, log, new HostMark(host));
        builder.ConfigureTestServices(services =>
        {
            services.AddRecurringJob(new RecurringJob("test-hourly", LoggedJob.JobKind, JobScope.PerSite) { Every = TimeSpan.FromHours(1) });
            services.AddRecurringJob(new RecurringJob("test-host-cleanup", LoggedJob.JobKind, JobScope.PerHost) { Cron = "15 * * * *" });
        });
    }

    private static void Logged(IWebHostBuilder builder, RunLog log, HostMark host) =>
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(log);
            services.AddSingleton(host);
            services.AddJobHandler<LoggedJob>();
        });

    private static void Advance(TimeSpan by, params WebApplicationFactory<Program>[] hosts)
    {
        foreach (var host in hosts)
        {
            host.Services.GetRequiredService<TestClock>().Advance(by);
        }
    }

    private static Task<long> QueueAsync(WebApplicationFactory<Program> host) =>
        InTenantAsync(host, async services =>
        {
            var db = services.GetRequiredService<GovCmsDbContext>();
            services.GetRequiredService<IJobQueue>().Queue(new JobRequest(LoggedJob.JobKind));
            await db.SaveChangesAsync();
            return db.ChangeTracker.Entries<ScheduledJob>().Single().Entity.Id;
        });

    private static Task<ScheduledJob> JobAsync(WebApplicationFactory<Program> host, long id) =>
        InTenantAsync(host, services => services.GetRequiredService<GovCmsDbContext>().Set<ScheduledJob>().AsNoTracking().SingleAsync(j => j.Id == id));

    private static Task<T> InTenantAsync<T>(WebApplicationFactory<Program> host, Func<IServiceProvider, Task<T>> work) => Editorial.InTenantAsync(host.Services, Slug, work);
}

public sealed class JobsOnSqlite(WorkflowSqliteSite site) : JobTests(site), IClassFixture<WorkflowSqliteSite>;

public sealed class JobsOnPostgreSql(WorkflowPostgreSqlSite site) : JobTests(site), IClassFixture<WorkflowPostgreSqlSite>;

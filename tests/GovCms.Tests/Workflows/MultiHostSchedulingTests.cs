using System.Collections.Concurrent;
using System.Net;
using GovCms.Content.Scheduling;
using GovCms.Data;
using GovCms.Jobs;
using GovCms.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static GovCms.Tests.Infrastructure.SiteClient;

namespace GovCms.Tests.Workflows;

/// <summary>Counts how often each job ran, across every host of a test.</summary>
public sealed class JobCounter
{
    public const string Kind = "test-count";

    public ConcurrentDictionary<long, int> Runs { get; } = new();
}

/// <summary>A job that only counts its runs, slowly enough for hosts to overlap.</summary>
internal sealed class CountingJob(JobCounter counter) : IJobHandler
{
    public string Kind => JobCounter.Kind;

    public async Task RunAsync(Job job, CancellationToken cancellationToken)
    {
        counter.Runs.AddOrUpdate(job.Id, 1, (_, runs) => runs + 1);
        await Task.Delay(20, cancellationToken);
    }
}

/// <summary>
/// Several hosts on one database, as in production: each test starts its hosts on the fixture's database
/// (the fixture's own host is never started), and each host runs due jobs in the background.
/// </summary>
public abstract class MultiHostSchedulingTests(GovCmsSite site)
{
    private const string Slug = Demo.OtherDistrictCommune;
    private static readonly string Api = $"/{Slug}/api/admin";

    [Fact]
    public async Task A_publication_scheduled_on_one_host_is_done_by_a_host_started_later_on_which_nobody_visited_the_site()
    {
        await using var first = site.WithWebHostBuilder(host => host.UseSetting("GovCms:Scheduling:Enabled", "false"));
        await Editorial.EnsureBoardAsync(first.Services, Slug);
        await Editorial.EnableApprovalAsync(first.Services, Slug, steps: 1);
        using var author = await SignedInAsync(first, Demo.Author(Slug));
        using var approver = await SignedInAsync(first, Editorial.Approver(Slug));
        var draft = await author.CreateArticleAsync(Slug, "Lịch tiêm chủng mở rộng tháng 4");
        var id = Field(draft, "id");
        await author.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"{Api}/content/{id}/submit", new { concurrencyStamp = Field(draft, "concurrencyStamp") });
        var task = (await approver.GetJsonAsync($"{Api}/workflows/tasks"))!.AsArray().Single(t => Field(t, "contentItemId") == id)!["id"]!.GetValue<long>();
        var publishAt = DateTimeOffset.UtcNow.AddHours(1);
        await approver.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Post, $"{Api}/workflows/tasks/{task}", new { action = "approve", publishAt });
        Assert.Equal(publishAt.UtcDateTime, (await author.GetJsonAsync($"{Api}/content/{id}/editorial"))!["publishAtUtc"]!.GetValue<DateTime>().ToUniversalTime(), TimeSpan.FromSeconds(1));

        await using var second = site.WithWebHostBuilder(_ => { });
        second.Services.GetRequiredService<TestClock>().Advance(TimeSpan.FromMinutes(61));
        var job = await WaitForAsync(second, ContentJobKinds.Publish, id);
        Assert.Equal(second.Services.GetRequiredService<JobRunner>().Node, job.ClaimedBy);

        using var citizen = Client(second);
        Assert.Contains("Lịch tiêm chủng mở rộng tháng 4", await citizen.PageAsync($"/{Slug}/tin-tuc/lich-tiem-chung-mo-rong-thang-4"));
    }

    [Fact]
    public async Task Hosts_sharing_the_database_run_each_due_job_exactly_once()
    {
        var counter = new JobCounter();
        await using var first = site.WithWebHostBuilder(host => Count(host, counter));
        var ids = await QueueAsync(first, 40);
        await using var second = site.WithWebHostBuilder(host => Count(host, counter));

        // Besides both hosts' background runners, six more callers claim at once, as six further hosts would.
        var runners = new[] { first, second }.Select(h => h.Services.GetRequiredService<JobRunner>()).ToList();
        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => runners[i % 2].RunDueAsync($"test-host-{i}")));
        await Editorial.EventuallyAsync(() => Task.FromResult(ids.All(counter.Runs.ContainsKey)), "every job ran");
        await Task.Delay(500);

        Assert.All(ids, id => Assert.Equal(1, counter.Runs[id]));
        var jobs = await JobsAsync(first, ids);
        Assert.All(jobs, j => Assert.NotNull(j.CompletedUtc));
    }

    [Fact]
    public async Task A_job_held_by_a_host_that_stopped_is_run_once_after_its_lease_has_run_out()
    {
        var counter = new JobCounter();
        await using var host = site.WithWebHostBuilder(builder => Count(builder, counter));
        var clock = host.Services.GetRequiredService<TestClock>();
        var id = (await QueueAsync(host, 1, claimedBy: "host-that-stopped", claimedUtc: clock.GetUtcNow().UtcDateTime.AddMinutes(-1)))[0];

        Assert.Equal(0, await host.Services.GetRequiredService<JobRunner>().RunDueAsync("test-host"));
        Assert.False(counter.Runs.ContainsKey(id));

        clock.Advance(TimeSpan.FromMinutes(5));
        await Editorial.EventuallyAsync(() => Task.FromResult(counter.Runs.ContainsKey(id)), "the job runs again");
        await Task.Delay(500);
        Assert.Equal(1, counter.Runs[id]);
        Assert.NotEqual("host-that-stopped", (await JobsAsync(host, [id]))[0].ClaimedBy);
    }

    private static void Count(IWebHostBuilder host, JobCounter counter) =>
        host.ConfigureTestServices(services =>
        {
            services.AddSingleton(counter);
            services.AddScoped<IJobHandler, CountingJob>();
        });

    private static Task<List<long>> QueueAsync(WebApplicationFactory<Program> host, int count, string? claimedBy = null, DateTime? claimedUtc = null) =>
        Editorial.InTenantAsync(host.Services, Slug, async services =>
        {
            var db = services.GetRequiredService<GovCmsDbContext>();
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            var jobs = Enumerable.Range(0, count)
                .Select(_ => new ScheduledJob { Kind = JobCounter.Kind, DueUtc = now, CreatedUtc = now, ClaimedBy = claimedBy, ClaimedUtc = claimedUtc })
                .ToList();
            db.AddRange(jobs);
            await db.SaveChangesAsync();
            return jobs.Select(j => j.Id).ToList();
        });

    private static Task<List<ScheduledJob>> JobsAsync(WebApplicationFactory<Program> host, IReadOnlyCollection<long> ids) =>
        Editorial.InTenantAsync(host.Services, Slug, services =>
            services.GetRequiredService<GovCmsDbContext>().Set<ScheduledJob>().AsNoTracking().Where(j => ids.Contains(j.Id)).ToListAsync());

    private static async Task<ScheduledJob> WaitForAsync(WebApplicationFactory<Program> host, string kind, string contentItemId)
    {
        ScheduledJob? done = null;
        await Editorial.EventuallyAsync(async () =>
        {
            done = await Editorial.InTenantAsync(host.Services, Slug, services => services.GetRequiredService<GovCmsDbContext>().Set<ScheduledJob>()
                .AsNoTracking().FirstOrDefaultAsync(j => j.Kind == kind && j.ContentItemId == contentItemId && j.CompletedUtc != null));
            return done is not null;
        }, $"the {kind} job of {contentItemId}");
        return done!;
    }

    private static SiteClient Client(WebApplicationFactory<Program> host) => SiteClient.Create(host);

    private static async Task<SiteClient> SignedInAsync(WebApplicationFactory<Program> host, string userName)
    {
        var client = Client(host);
        await client.LoginAsync(Slug, userName, Demo.Password);
        return client;
    }
}

public sealed class MultiHostSchedulingOnSqlite(WorkflowSqliteSite site) : MultiHostSchedulingTests(site), IClassFixture<WorkflowSqliteSite>;

public sealed class MultiHostSchedulingOnPostgreSql(WorkflowPostgreSqlSite site) : MultiHostSchedulingTests(site), IClassFixture<WorkflowPostgreSqlSite>;

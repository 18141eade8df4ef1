using System.Collections.Concurrent;
using GovCms.Data;
using GovCms.Events;
using GovCms.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tests.Platform;

/// <summary>An event of a module: a notice filed under a number, the n-th change of that notice.</summary>
public sealed record NoticeFiled(string Number, int Sequence);

/// <summary>What the subscriber was handed, in the order it was handed it, across every host of a test.</summary>
public sealed class DeliveryLog
{
    public ConcurrentQueue<(string Number, int Sequence, int Attempts)> Deliveries { get; } = new();

    /// <summary>The first delivery of this sequence number fails, as a subscriber whose remote side is briefly away.</summary>
    public int FailingSequence { get; init; }
}

internal sealed class NoticeSubscriber(DeliveryLog log) : IEventSubscriber<NoticeFiled>
{
    public Task HandleAsync(NoticeFiled e, EventDelivery delivery, CancellationToken cancellationToken)
    {
        log.Deliveries.Enqueue((e.Number, e.Sequence, delivery.Attempts));
        return e.Sequence == log.FailingSequence && delivery.Attempts == 0
            ? throw new InvalidOperationException("Hệ thống nhận tạm thời không trả lời.")
            : Task.CompletedTask;
    }
}

/// <summary>
/// The after-commit outbox: events raised in a change reach their subscribers only once it commits, at least once,
/// and for one item in the order raised, even when a delivery fails and is tried again later.
/// </summary>
public abstract class EventOutboxTests(GovCmsSite site)
{
    private const string Slug = Demo.Commune;

    [Fact]
    public async Task Events_reach_the_subscriber_after_commit_in_order_per_item_and_a_failed_delivery_is_retried_before_the_next()
    {
        var log = new DeliveryLog { FailingSequence = 1 };
        await using var host = site.WithWebHostBuilder(builder => Subscribe(builder, log));
        await RaiseAsync(host, commit: true, ("TB-01", 1), ("TB-01", 2), ("TB-01", 3), ("TB-07", 1));
        await RaiseAsync(host, commit: false, ("TB-02", 1));

        // TB-07 is another item: its first delivery fails too, but holds up nothing of TB-01's.
        await Editorial.EventuallyAsync(() => Task.FromResult(log.Deliveries.Count(d => d.Sequence == 1) == 2), "the first deliveries");
        await Task.Delay(500);
        Assert.Equal(["TB-01#1/0", "TB-07#1/0"], Delivered(log).Order());

        host.Services.GetRequiredService<TestClock>().Advance(TimeSpan.FromMinutes(3));
        await Editorial.EventuallyAsync(() => Task.FromResult(log.Deliveries.Count == 6), "the retried and the waiting deliveries");
        await Task.Delay(500);
        Assert.Equal(["TB-01#1/0", "TB-01#1/1", "TB-01#2/0", "TB-01#3/0"], Delivered(log).Where(d => d.StartsWith("TB-01", StringComparison.Ordinal)));
        Assert.Equal(["TB-07#1/0", "TB-07#1/1"], Delivered(log).Where(d => d.StartsWith("TB-07", StringComparison.Ordinal)));
        Assert.DoesNotContain(log.Deliveries, d => d.Number == "TB-02");
    }

    private static IEnumerable<string> Delivered(DeliveryLog log) => log.Deliveries.Select(d => $"{d.Number}#{d.Sequence}/{d.Attempts}");

    private static void Subscribe(IWebHostBuilder builder, DeliveryLog log) =>
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(log);
            services.AddEventSubscriber<NoticeFiled, NoticeSubscriber>();
        });

    /// <summary>Raises the events in one transaction, committed or rolled back.</summary>
    private static Task RaiseAsync(WebApplicationFactory<Program> host, bool commit, params (string Number, int Sequence)[] events) =>
        Editorial.InTenantAsync(host.Services, Slug, async services =>
        {
            var db = services.GetRequiredService<GovCmsDbContext>();
            var outbox = services.GetRequiredService<IEventOutbox>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            foreach (var (number, sequence) in events)
            {
                await outbox.RaiseAsync(new NoticeFiled(number, sequence), $"notice:{number}");
            }

            await db.SaveChangesAsync();
            if (commit)
            {
                await transaction.CommitAsync();
            }
            else
            {
                await transaction.RollbackAsync();
            }

            return true;
        });
}

public sealed class EventOutboxOnSqlite(WorkflowSqliteSite site) : EventOutboxTests(site), IClassFixture<WorkflowSqliteSite>;

public sealed class EventOutboxOnPostgreSql(WorkflowPostgreSqlSite site) : EventOutboxTests(site), IClassFixture<WorkflowPostgreSqlSite>;

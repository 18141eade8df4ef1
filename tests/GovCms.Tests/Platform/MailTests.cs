using GovCms.Data;
using GovCms.Mail;
using GovCms.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GovCms.Tests.Platform;

/// <summary>
/// Mail queued with a change and sent by a job through MailKit: as .eml files in the pickup folder, or to an SMTP
/// server. Each test starts its own host on the fixture's database (the fixture's host, which would send to the
/// pickup folder, is never started).
/// </summary>
public abstract class MailTests(GovCmsSite site)
{
    private const string Slug = Demo.Commune;
    private const string Subject = "Thông báo lịch tiếp công dân tháng 12";
    private const string Body = "Chủ tịch UBND phường tiếp công dân vào sáng thứ Năm hằng tuần.";

    [Fact]
    public async Task A_queued_message_is_written_whole_to_the_pickup_folder_after_the_commit()
    {
        await using var host = site.WithWebHostBuilder(_ => { });
        var folder = host.Services.GetRequiredService<IOptions<MailOptions>>().Value.PickupDirectory!;
        await QueueAsync(host, "vanthu@phuongdongson.test", save: false);
        await QueueAsync(host, "chanhvanphong@phuongdongson.test", save: true);

        Eml? mail = null;
        await Editorial.EventuallyAsync(() => Task.FromResult((mail = Eml.All(folder).FirstOrDefault(m => m.To == "chanhvanphong@phuongdongson.test")) is not null), "the .eml file");
        Assert.Equal(Subject, mail!.Subject);
        Assert.Equal(Body, mail.Body.TrimEnd());
        Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
        Assert.DoesNotContain(Eml.All(folder), m => m.To == "vanthu@phuongdongson.test");
    }

    [Fact]
    public async Task A_queued_message_is_delivered_to_the_SMTP_server_with_its_Vietnamese_subject_and_text()
    {
        await using var smtp = new SmtpListener();
        await using var host = site.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("GovCms:Mail:PickupDirectory", "");
            builder.UseSetting("GovCms:Mail:Host", "127.0.0.1");
            builder.UseSetting("GovCms:Mail:Port", smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        });
        await QueueAsync(host, "phovanphong@phuongdongson.test", save: true);

        await Editorial.EventuallyAsync(() => Task.FromResult(!smtp.Received.IsEmpty), "the message at the SMTP server");
        var (from, to, message) = Assert.Single(smtp.Received);
        Assert.Equal("congthongtin@thanhhoa.test", from);
        Assert.Equal(["phovanphong@phuongdongson.test"], to);
        Assert.Equal(Subject, message.Subject);
        Assert.Equal(Body, message.TextBody?.TrimEnd());
        await Editorial.EventuallyAsync(() => Editorial.InTenantAsync(host.Services, Slug, services =>
            services.GetRequiredService<GovCmsDbContext>().Set<GovCms.Jobs.ScheduledJob>().AnyAsync(j => j.Kind == "mail" && j.CompletedUtc != null && j.Error == null)), "the mail job is done");
    }

    /// <summary>Queues a message through the outbox any module uses; without the save, nothing is stored and nothing is sent.</summary>
    private static Task QueueAsync(WebApplicationFactory<Program> host, string to, bool save) =>
        Editorial.InTenantAsync(host.Services, Slug, async services =>
        {
            var outbox = services.GetRequiredService<IMailOutbox>();
            Assert.True(outbox.IsConfigured);
            outbox.Queue(to, Subject, Body);
            if (save)
            {
                await services.GetRequiredService<GovCmsDbContext>().SaveChangesAsync();
            }

            return true;
        });
}

public sealed class MailOnSqlite(WorkflowSqliteSite site) : MailTests(site), IClassFixture<WorkflowSqliteSite>;

public sealed class MailOnPostgreSql(WorkflowPostgreSqlSite site) : MailTests(site), IClassFixture<WorkflowPostgreSqlSite>;

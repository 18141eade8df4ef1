using System.Collections.Concurrent;
using System.Net;
using GovCms.Workflows.Activities;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tests.Infrastructure;

/// <summary>A clock the tests move forward; everything that asks the host's TimeProvider sees it.</summary>
public sealed class TestClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}

/// <summary>Answers the web hooks of workflows with 200 and remembers what was posted.</summary>
public sealed class WebHookRecorder : HttpMessageHandler
{
    /// <summary>The address prefix the test host allows web hooks to call.</summary>
    public const string AllowedPrefix = "https://lgsp.thanhhoa.test/hooks/";

    public ConcurrentQueue<(Uri Url, string Body)> Calls { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Calls.Enqueue((request.RequestUri!, request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken)));
        return new HttpResponseMessage(HttpStatusCode.OK);
    }
}

/// <summary>
/// What workflow tests add to a host: due jobs looked for five times a second, mail written as .eml files
/// to the site's own folder, one web hook address allowed (and recorded), and a clock tests can move.
/// </summary>
public static class WorkflowTestHost
{
    public static void Configure(IWebHostBuilder builder, string mailFolder)
    {
        builder.UseSetting("GovCms:Scheduling:PollSeconds", "0.2");
        builder.UseSetting("GovCms:Mail:PickupDirectory", mailFolder);
        builder.UseSetting("GovCms:Mail:From", "congthongtin@thanhhoa.test");
        builder.UseSetting("GovCms:Workflows:AllowedWebHooks:0", WebHookRecorder.AllowedPrefix);
        builder.ConfigureTestServices(services =>
        {
            var clock = new TestClock();
            services.AddSingleton(clock);
            services.AddSingleton<TimeProvider>(clock);
            var recorder = new WebHookRecorder();
            services.AddSingleton(recorder);
            services.AddHttpClient(CallWebHookActivity.ClientName).ConfigurePrimaryHttpMessageHandler(() => recorder);
        });
    }
}

public class WorkflowSqliteSite : SqliteSite
{
    public string MailFolder { get; } = Directory.CreateTempSubdirectory("govcms-mail-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        WorkflowTestHost.Configure(builder, MailFolder);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(MailFolder))
        {
            Directory.Delete(MailFolder, recursive: true);
        }
    }
}

public class WorkflowPostgreSqlSite : PostgreSqlSite
{
    public string MailFolder { get; } = Directory.CreateTempSubdirectory("govcms-mail-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        WorkflowTestHost.Configure(builder, MailFolder);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(MailFolder))
        {
            Directory.Delete(MailFolder, recursive: true);
        }
    }
}

using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using GovCms.Data;
using GovCms.Tests.Infrastructure;
using GovCms.Workflows.Activities;
using GovCms.Workflows.Engine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static GovCms.Tests.Infrastructure.SiteClient;

namespace GovCms.Tests.Security;

/// <summary>A receiver of web hooks on a loopback port that answers every request the same way and counts them.</summary>
public sealed class LocalReceiver : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private readonly string _answer;

    /// <param name="answer">The status line and headers, e.g. "302 Found\r\nLocation: http://169.254.169.254/".</param>
    public LocalReceiver(string answer = "200 OK")
    {
        _answer = answer;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>The request lines received ("POST /hooks/ HTTP/1.1").</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                await using var stream = client.GetStream();
                var head = await ReadHeadAsync(stream);
                Requests.Enqueue(head.Split("\r\n")[0]);
                var reply = Encoding.ASCII.GetBytes($"HTTP/1.1 {_answer}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                await stream.WriteAsync(reply, _stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task<string> ReadHeadAsync(NetworkStream stream)
    {
        var received = new StringBuilder();
        var buffer = new byte[4096];
        while (!received.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer, _stop.Token);
            if (read == 0)
            {
                break;
            }

            received.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        return received.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }
}

/// <summary>Where the web hook client connects, on its own.</summary>
public sealed class WebHookAddressTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.8.9.10")]
    [InlineData("::1")]
    [InlineData("0.0.0.0")]
    [InlineData("::")]
    [InlineData("10.0.0.5")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("100.64.0.1")]
    [InlineData("100.100.100.200")]
    [InlineData("169.254.169.254")]
    [InlineData("169.254.0.1")]
    [InlineData("fd00:ec2::254")]
    [InlineData("fc00::1")]
    [InlineData("fe80::1")]
    [InlineData("224.0.0.251")]
    [InlineData("ff02::1")]
    [InlineData("255.255.255.255")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:10.1.2.3")]
    [InlineData("64:ff9b::a9fe:a9fe")]
    [InlineData("2002:a9fe:a9fe::1")]
    public void Internal_and_reserved_addresses_are_refused(string address) =>
        Assert.True(WebHookAddresses.IsForbidden(IPAddress.Parse(address), allowLoopback: false));

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("1.1.1.1")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("2001:4860:4860::8888")]
    [InlineData("64:ff9b::808:808")]
    public void Public_addresses_are_allowed(string address) =>
        Assert.False(WebHookAddresses.IsForbidden(IPAddress.Parse(address), allowLoopback: false));

    [Fact]
    public void Loopback_is_refused_unless_the_test_switch_is_on_and_the_switch_is_off_by_default()
    {
        Assert.False(new WorkflowOptions().AllowLoopbackWebHooks);
        Assert.False(WebHookAddresses.IsForbidden(IPAddress.Loopback, allowLoopback: true));
        Assert.True(WebHookAddresses.IsForbidden(IPAddress.Parse("10.0.0.1"), allowLoopback: true));
        Assert.True(WebHookAddresses.IsForbidden(IPAddress.Parse("169.254.169.254"), allowLoopback: true));
    }

    [Theory]
    [InlineData("http://127.0.0.1:{0}/hooks/")]
    [InlineData("http://localhost:{0}/hooks/")]
    [InlineData("http://[::ffff:127.0.0.1]:{0}/hooks/")]
    public async Task A_name_or_address_that_leads_to_loopback_is_never_connected_to(string address)
    {
        await using var receiver = new LocalReceiver();
        using var client = new HttpClient(WebHookConnections.CreateHandler(new WorkflowOptions()));

        var failure = await Assert.ThrowsAsync<HttpRequestException>(() => client.PostAsync(string.Format(address, receiver.Port), new StringContent("{}")));

        Assert.IsType<WebHookAddressRefusedException>(failure.InnerException);
        Assert.Contains("trỏ tới địa chỉ nội bộ", failure.InnerException.Message);
        Assert.Empty(receiver.Requests);
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://[fd00:ec2::254]/latest/meta-data/")]
    [InlineData("http://10.255.255.1:8080/hooks/")]
    public async Task Metadata_and_private_addresses_are_refused_before_connecting(string address)
    {
        using var client = new HttpClient(WebHookConnections.CreateHandler(new WorkflowOptions { AllowLoopbackWebHooks = true }));

        var failure = await Assert.ThrowsAsync<HttpRequestException>(() => client.PostAsync(address, new StringContent("{}")));

        Assert.IsType<WebHookAddressRefusedException>(failure.InnerException);
    }

    [Fact]
    public async Task A_redirect_is_not_followed()
    {
        await using var target = new LocalReceiver();
        await using var receiver = new LocalReceiver($"302 Found\r\nLocation: http://127.0.0.1:{target.Port}/secret");
        using var client = new HttpClient(WebHookConnections.CreateHandler(new WorkflowOptions { AllowLoopbackWebHooks = true }));

        using var response = await client.PostAsync($"http://127.0.0.1:{receiver.Port}/hooks/", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Single(receiver.Requests);
        Assert.Empty(target.Requests);
    }
}

/// <summary>The CallWebHook activity of a workflow, with the client the host really uses (no recorder in between).</summary>
public abstract class WebHookTests(GovCmsSite site)
{
    private const string Slug = Demo.SiblingCommune;

    [Fact]
    public async Task A_web_hook_that_answers_with_a_redirect_fails_without_following_it()
    {
        await using var target = new LocalReceiver();
        await using var receiver = new LocalReceiver($"307 Temporary Redirect\r\nLocation: http://127.0.0.1:{target.Port}/noi-bo");

        var error = await RunWebHookAsync($"http://127.0.0.1:{receiver.Port}/hooks/", "chuyen-huong", allowLoopback: true);

        Assert.Contains("không đi theo chuyển hướng", error);
        Assert.Single(receiver.Requests);
        Assert.Empty(target.Requests);
    }

    [Fact]
    public async Task A_web_hook_to_a_loopback_receiver_fails_on_a_host_with_the_default_settings()
    {
        await using var receiver = new LocalReceiver();

        var error = await RunWebHookAsync($"http://localhost:{receiver.Port}/hooks/", "noi-bo", allowLoopback: false);

        Assert.Contains("trỏ tới địa chỉ nội bộ", error);
        Assert.Empty(receiver.Requests);
    }

    /// <summary>Runs ContentCreated then CallWebHook on a host that allows the address; returns the error the run kept.</summary>
    private async Task<string> RunWebHookAsync(string url, string name, bool allowLoopback)
    {
        await using var host = site.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("GovCms:Scheduling:PollSeconds", "0.2");
            builder.UseSetting("GovCms:Workflows:AllowedWebHooks:0", url);
            if (allowLoopback)
            {
                builder.UseSetting("GovCms:Workflows:AllowLoopbackWebHooks", "true");
            }
        });
        using var admin = SiteClient.Create(host);
        await admin.LoginAsync(Slug, Demo.Administrator(Slug), Demo.Password);
        await Editorial.PutDefinitionAsync(admin, Slug, name, $$"""
            { "displayName": "Báo ra ngoài", "contentTypes": ["Page"],
              "steps": [ { "id": "tao", "activity": "ContentCreated" }, { "id": "goi", "activity": "CallWebHook", "properties": { "url": "{{url}}" } } ] }
            """);
        var page = await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/{Slug}/api/admin/content/Page", new { displayText = $"Trang {name}" });

        WorkflowInstance? run = null;
        await Editorial.EventuallyAsync(async () =>
        {
            run = await Editorial.InTenantAsync(host.Services, Slug, services => services.GetRequiredService<GovCmsDbContext>().Set<WorkflowInstance>()
                .AsNoTracking().FirstOrDefaultAsync(i => i.RecordKind == "content" && i.RecordId == Field(page, "id") && i.Status == WorkflowStatus.Finished));
            return run is not null;
        }, "the run of the web hook");
        await admin.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Delete, $"/{Slug}/api/admin/workflows/definitions/{name}");
        return JsonNode.Parse(run!.Variables)!["webHookError"]?.GetValue<string>() ?? "";
    }
}

public sealed class WebHooksOnSqlite(SqliteSite site) : WebHookTests(site), IClassFixture<SqliteSite>;

public sealed class WebHooksOnPostgreSql(PostgreSqlSite site) : WebHookTests(site), IClassFixture<PostgreSqlSite>;

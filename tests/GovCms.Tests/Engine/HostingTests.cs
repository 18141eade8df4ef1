using System.Collections.Concurrent;
using System.Net;
using GovCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GovCms.Tests.Engine;

/// <summary>Keeps the structured state of every request log entry.</summary>
public sealed class RecordingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<IReadOnlyDictionary<string, object?>> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Recorder(categoryName, Entries);

    public void Dispose() { }

    private sealed class Recorder(string category, ConcurrentQueue<IReadOnlyDictionary<string, object?>> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (category.EndsWith("RequestLogMiddleware", StringComparison.Ordinal) && state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                entries.Enqueue(values.ToDictionary(v => v.Key, v => v.Value));
            }
        }
    }
}

public sealed class LoggedSite : SqliteSite
{
    public RecordingLoggerProvider Logs { get; } = new();

    protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(Logs);
}

public sealed class HostingTests(LoggedSite site) : IClassFixture<LoggedSite>
{
    [Fact]
    public async Task Health_answers_with_the_number_of_sites()
    {
        using var client = site.Client();
        var health = await client.GetJsonAsync("/health");
        Assert.Equal("ok", SiteClient.Field(health, "status"));
        Assert.Equal(site.Catalog.Count, health!["tenants"]!.GetValue<int>());
        Assert.Equal(7, site.Catalog.Count);
    }

    [Fact]
    public async Task Every_request_is_logged_with_its_tenant_status_and_time_as_properties()
    {
        using var client = site.Client();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{Demo.Commune}/tin-tuc/khong-co-bai-nay")).StatusCode);

        var entry = site.Logs.Entries.Last(e => (e["Path"] as string)?.EndsWith("khong-co-bai-nay", StringComparison.Ordinal) == true);
        Assert.Equal("GET", entry["Method"]);
        Assert.Equal($"/{Demo.Commune}/tin-tuc/khong-co-bai-nay", entry["Path"]);
        Assert.Equal(404, entry["StatusCode"]);
        Assert.Equal(site.Tenant(Demo.Commune).Name, entry["Tenant"]);
        Assert.IsType<double>(entry["ElapsedMs"]);
    }
}

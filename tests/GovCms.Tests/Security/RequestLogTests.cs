using System.Net;
using GovCms.Content;
using GovCms.Tests.Engine;
using GovCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GovCms.Tests.Security;

/// <summary>A content handler that fails on items titled "[hỏng]", as a bug in a module would.</summary>
internal sealed class BrokenHandler : IContentHandler
{
    public Task CreatingAsync(ContentContext context) =>
        context.Item.DisplayText.Contains("[hỏng]", StringComparison.Ordinal) ? throw new InvalidOperationException("A module failed.") : Task.CompletedTask;
}

public sealed class BrokenLoggedSite : SqliteSite
{
    public RecordingLoggerProvider Logs { get; } = new();

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.AddSingleton<ILoggerProvider>(Logs);
        services.AddScoped<IContentHandler, BrokenHandler>();
    }
}

/// <summary>Finding 9: the request log records the status that was sent, also when the answer is written further out.</summary>
public sealed class RequestLogTests(BrokenLoggedSite site) : IClassFixture<BrokenLoggedSite>
{
    private static readonly string Api = $"/{Demo.Commune}/api/admin/content";

    [Fact]
    public async Task A_request_that_fails_with_an_exception_is_logged_as_the_500_it_answered()
    {
        using var clerk = await site.SignedInAsync(Demo.Commune, Demo.Author(Demo.Commune));
        using var response = await clerk.SendJsonAsync(HttpMethod.Post, $"{Api}/Article", new { displayText = "Bài [hỏng]", body = "Nội dung." });

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(500, LastEntry($"{Api}/Article")["StatusCode"]);
    }

    [Fact]
    public async Task A_request_the_framework_cannot_read_is_logged_as_the_400_it_answered()
    {
        using var clerk = await site.SignedInAsync(Demo.Commune, Demo.Author(Demo.Commune));
        using var response = await clerk.Http.PostAsync($"{Api}/Article", new StringContent("{\"displayText\": ", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(400, LastEntry($"{Api}/Article")["StatusCode"]);
    }

    private IReadOnlyDictionary<string, object?> LastEntry(string path) =>
        site.Logs.Entries.Last(e => e["Method"] as string == "POST" && e["Path"] as string == path);
}

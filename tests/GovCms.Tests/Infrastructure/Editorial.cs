using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using GovCms.Security;
using GovCms.Tenants;
using GovCms.Workflows.Definitions;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tests.Infrastructure;

/// <summary>The editorial board of a demo site and the calls the workflow tests repeat.</summary>
public static class Editorial
{
    public static string Reviewer(string slug) => $"bientap.{slug}";

    public static string Approver(string slug) => $"truongban.{slug}";

    public static string EmailOf(string userName) => $"{userName}@thanhhoa.test";

    /// <summary>Adds a biên tập viên and a trưởng ban to the site (once), with e-mail addresses.</summary>
    public static Task EnsureBoardAsync(GovCmsSite site, string slug) => EnsureBoardAsync(site.Services, slug);

    public static Task EnsureBoardAsync(IServiceProvider host, string slug) =>
        InTenantAsync(host, slug, async services =>
        {
            var users = services.GetRequiredService<UserAdminService>();
            foreach (var (userName, role, name) in new[] { (Reviewer(slug), BuiltInRoles.Reviewer, "Biên tập viên"), (Approver(slug), BuiltInRoles.Approver, "Trưởng ban biên tập") })
            {
                var outcome = await users.CreateAsync(userName, name, EmailOf(userName), Demo.Password, [role]);
                Assert.True(outcome.Succeeded || outcome.Errors.Values.Any(e => e.Contains("đã được dùng", StringComparison.Ordinal)), string.Join(" ", outcome.Errors.Values));
            }

            return true;
        });

    /// <summary>Stores a definition through the API; returns the answer's JSON.</summary>
    public static Task<JsonNode?> PutDefinitionAsync(SiteClient admin, string slug, string name, string json, HttpStatusCode expected = HttpStatusCode.OK) =>
        SendRawAsync(admin, HttpMethod.Put, $"{Demo.Base(slug)}/api/admin/workflows/definitions/{name}", json, expected);

    /// <summary>Turns on the editorial approval (the template) with the given number of steps for the site.</summary>
    public static Task EnableApprovalAsync(GovCmsSite site, string slug, int steps = 2, IReadOnlyList<string>? contentTypes = null) =>
        EnableApprovalAsync(site.Services, slug, steps, contentTypes);

    public static Task EnableApprovalAsync(IServiceProvider host, string slug, int steps = 2, IReadOnlyList<string>? contentTypes = null) =>
        InTenantAsync(host, slug, async services =>
        {
            var definition = EditorialApprovalTemplate.Create("duyet-bai", "Duyệt tin bài", contentTypes ?? [], steps);
            var errors = await services.GetRequiredService<WorkflowDefinitionEditor>().SaveAsync(definition, actor: null);
            Assert.True(errors.Count == 0, string.Join(" ", errors.Values));
            return true;
        });

    /// <summary>Runs code in a scope of the host set to the site with that slug, as a request there would.</summary>
    public static async Task<T> InTenantAsync<T>(IServiceProvider host, string slug, Func<IServiceProvider, Task<T>> work)
    {
        var catalog = host.GetRequiredService<ITenantCatalog>();
        var tenant = catalog.FindByPrefix(slug) ?? catalog.Root!;
        await using var scope = host.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Set(tenant);
        return await work(scope.ServiceProvider);
    }

    public static async Task<JsonNode?> SendRawAsync(SiteClient client, HttpMethod method, string url, string json, HttpStatusCode expected)
    {
        using var response = await client.Http.SendAsync(new HttpRequestMessage(method, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{method} {url}: expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }

    /// <summary>Waits until the condition holds (the job runner works in the background), or fails after the timeout.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what, int seconds = 15)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < until, $"Timed out waiting: {what}");
            await Task.Delay(100);
        }
    }
}

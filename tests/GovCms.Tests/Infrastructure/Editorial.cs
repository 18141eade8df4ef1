using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace GovCms.Tests.Infrastructure;

/// <summary>The editorial board of a demo site and the calls the workflow tests repeat.</summary>
public static class Editorial
{
    public static string Reviewer(string slug) => $"bientap.{slug}";

    public static string Approver(string slug) => $"truongban.{slug}";

    public static string EmailOf(string userName) => $"{userName}@thanhhoa.test";

    /// <summary>Adds a biên tập viên and a trưởng ban to the site (once), with e-mail addresses.</summary>
    public static async Task EnsureBoardAsync(GovCmsSite site, string slug)
    {
        using var admin = await site.SignedInAsync(slug, Demo.Administrator(slug));
        foreach (var (userName, role, name) in new[] { (Reviewer(slug), "Reviewer", "Biên tập viên"), (Approver(slug), "Approver", "Trưởng ban biên tập") })
        {
            using var response = await admin.SendJsonAsync(HttpMethod.Post, $"{Demo.Base(slug)}/api/admin/users",
                new { userName, displayName = name, email = EmailOf(userName), password = Demo.Password, roles = new[] { role } });
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.Created || body.Contains("đã được dùng", StringComparison.Ordinal),
                $"Creating {userName}: {(int)response.StatusCode} {body}");
        }
    }

    /// <summary>Stores a definition through the API; returns the answer's JSON.</summary>
    public static Task<JsonNode?> PutDefinitionAsync(SiteClient admin, string slug, string name, string json, HttpStatusCode expected = HttpStatusCode.OK) =>
        SendRawAsync(admin, HttpMethod.Put, $"{Demo.Base(slug)}/api/admin/workflows/definitions/{name}", json, expected);

    /// <summary>Turns on the editorial approval (the template) with the given number of steps for the site.</summary>
    public static async Task EnableApprovalAsync(GovCmsSite site, string slug, int steps = 2, string contentTypes = "[]")
    {
        using var admin = await site.SignedInAsync(slug, Demo.Administrator(slug));
        var definition = GovCms.Workflows.Definitions.EditorialApprovalTemplate.Create("duyet-bai", "Duyệt tin bài", [], steps).ToJson();
        var node = JsonNode.Parse(definition)!;
        node["contentTypes"] = JsonNode.Parse(contentTypes);
        await PutDefinitionAsync(admin, slug, "duyet-bai", node.ToJsonString());
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

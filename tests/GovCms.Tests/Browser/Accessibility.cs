using System.Text.Json;
using Microsoft.Playwright;

namespace GovCms.Tests.Browser;

/// <summary>Runs axe-core (from npm, shipped with the tests) in a page and returns its violations.</summary>
public static class Accessibility
{
    private static readonly string AxeScript = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "axe.min.js"));

    public sealed record Violation(string Id, string Impact, string Help, IReadOnlyList<string> Targets);

    public static async Task<IReadOnlyList<Violation>> ViolationsAsync(IPage page)
    {
        // Evaluated through the browser's debugging protocol, which the pages' Content-Security-Policy (no inline
        // script) does not block, as it would block a <script> element added to the page.
        await page.EvaluateAsync($"() => {{ {AxeScript}\n}}");
        var json = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.map(v => ({ id: v.id, impact: v.impact || '', help: v.help, targets: v.nodes.map(n => n.target.join(' ')) }))");
        return json.EnumerateArray().Select(v => new Violation(
            v.GetProperty("id").GetString()!, v.GetProperty("impact").GetString()!, v.GetProperty("help").GetString()!,
            v.GetProperty("targets").EnumerateArray().Select(t => t.GetString()!).ToList())).ToList();
    }

    /// <summary>Fails with a readable list when axe finds any violation, whatever its impact.</summary>
    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var violations = await ViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{page.Url}:\n" + string.Join("\n", violations.Select(v => $"- {v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Targets)}")));
    }
}

using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GovCms.Tests.Infrastructure;
using GovCms.Web.Demo;
using Microsoft.AspNetCore.Hosting;

namespace GovCms.Tests.Security;

/// <summary>
/// Finding 10: the host as an operator starts it. In Production it provisions no demo unless asked, and then never with
/// the documented password but a random one printed once; <c>dotnet run</c> (Development, launchSettings.json) stays
/// the friendly demo. Errors never show stack traces or request headers outside Development.
/// </summary>
public sealed partial class ProductionDefaultsTests(BrokenLoggedSite site) : IClassFixture<BrokenLoggedSite>, IDisposable
{
    private const string Banner = "GovCms đang chạy";
    private static readonly string RootAdministrator = Demo.Administrator(Demo.Province);

    private readonly string _folder = Directory.CreateTempSubdirectory("govcms-production-").FullName;

    [Fact]
    public async Task In_production_the_demo_is_off_unless_enabled()
    {
        await using var host = await StartAsync("Production");
        using var client = host.Client();

        var health = JsonNode.Parse(await client.GetStringAsync("/health"))!;

        Assert.Equal(0, health["tenants"]!.GetValue<int>());
        Assert.DoesNotContain(Banner, host.Output);
        Assert.DoesNotContain(DemoNetwork.DefaultPassword, host.Output);
    }

    [Fact]
    public async Task In_production_an_enabled_demo_gets_a_random_password_printed_once_and_never_the_documented_one()
    {
        string password;
        await using (var first = await StartAsync("Production", ("GovCms__Demo__Enabled", "true"), ("GovCms__Demo__Password", DemoNetwork.DefaultPassword)))
        {
            await first.WaitForAsync(line => line.Contains("chỉ in lần này", StringComparison.Ordinal), "the generated password");
            password = GeneratedPassword().Match(first.Output).Groups[1].Value;
            Assert.DoesNotContain(DemoNetwork.DefaultPassword, first.Output);
            Assert.Equal(HttpStatusCode.NoContent, await SignInAsync(first, password));
            Assert.NotEqual(HttpStatusCode.NoContent, await SignInAsync(first, DemoNetwork.DefaultPassword));
        }

        await using var second = await StartAsync("Production", ("GovCms__Demo__Enabled", "true"));
        await second.WaitForAsync(line => line.Contains("đã được in một lần", StringComparison.Ordinal), "the banner without the password");
        Assert.DoesNotContain(password, second.Output);
        Assert.Equal(HttpStatusCode.NoContent, await SignInAsync(second, password));
    }

    [Fact]
    public async Task The_readmes_dotnet_run_is_development_and_provisions_the_demo_with_the_documented_password()
    {
        var launch = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryFolders.Root, "src", "Host", "GovCms.Web", "Properties", "launchSettings.json")))!;
        Assert.Equal("Development", launch["profiles"]!["GovCms.Web"]!["environmentVariables"]!["ASPNETCORE_ENVIRONMENT"]!.GetValue<string>());

        await using var host = await StartAsync("Development");
        await host.WaitForAsync(line => line.Contains($"{RootAdministrator} / {DemoNetwork.DefaultPassword}", StringComparison.Ordinal), "the demo's logins");

        Assert.Equal(HttpStatusCode.NoContent, await SignInAsync(host, DemoNetwork.DefaultPassword));
    }

    [Fact]
    public async Task In_production_an_error_shows_no_stack_trace_and_no_request_headers()
    {
        await using var production = site.WithWebHostBuilder(host => host.UseEnvironment("Production"));
        using var clerk = SiteClient.Create(production);
        await clerk.LoginAsync(Demo.Commune, Demo.Author(Demo.Commune), Demo.Password);
        clerk.Http.DefaultRequestHeaders.Add("X-Dau-Vet", "tiet-lo");

        using var api = await clerk.SendJsonAsync(HttpMethod.Post, $"/{Demo.Commune}/api/admin/content/Article", new { displayText = "Bài [hỏng]" });
        using var page = await clerk.Http.GetAsync($"/{Demo.Commune}/khong-co-trang-nay");

        Assert.Equal(HttpStatusCode.InternalServerError, api.StatusCode);
        foreach (var body in new[] { await api.Content.ReadAsStringAsync(), await page.Content.ReadAsStringAsync() })
        {
            Assert.DoesNotContain("InvalidOperationException", body);
            Assert.DoesNotContain("A module failed", body);
            Assert.DoesNotContain(" at GovCms", body);
            Assert.DoesNotContain("tiet-lo", body);
            Assert.DoesNotContain(".GovCms.Auth", body);
        }

        Assert.Contains("Lỗi hệ thống", await api.Content.ReadAsStringAsync());
    }

    private Task<HostProcess> StartAsync(string environment, params (string Name, string Value)[] settings) =>
        HostProcess.StartAsync(new Dictionary<string, string>(settings.Select(s => KeyValuePair.Create(s.Name, s.Value)))
        {
            ["ASPNETCORE_ENVIRONMENT"] = environment,
            ["GovCms__Database__ConnectionString"] = $"Data Source={Path.Combine(_folder, "govcms.db")};Pooling=False",
            ["GovCms__Media__Root"] = Path.Combine(_folder, "media"),
            ["GovCms__Scheduling__Enabled"] = "false",
        });

    private static async Task<HttpStatusCode> SignInAsync(HostProcess host, string password)
    {
        using var client = new SiteClient(host.Client());
        using var response = await client.TryLoginAsync(Demo.Province, RootAdministrator, password);
        return response.StatusCode;
    }

    [GeneratedRegex(@"chỉ in lần này\): (\S+)")]
    private static partial Regex GeneratedPassword();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

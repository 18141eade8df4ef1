using System.Net;
using GovCms.Data;
using GovCms.Hosting;
using GovCms.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GovCms.Tests.Security;

/// <summary>
/// Finding 10: several hosts on one database share the data-protection keys, so a sign-in cookie one host issued is
/// good on another, even one running from another folder (another machine) with keys of its own elsewhere.
/// </summary>
public abstract class SharedKeysTests(GovCmsSite site) : IDisposable
{
    private readonly string _otherFolder = Directory.CreateTempSubdirectory("govcms-other-host-").FullName;

    [Fact]
    public async Task A_cookie_issued_by_one_host_is_accepted_by_a_second_host_on_the_same_database()
    {
        using var first = SiteClient.Create(site);
        using var login = await first.TryLoginAsync(Demo.Commune, Demo.Administrator(Demo.Commune), Demo.Password);
        Assert.Equal(HttpStatusCode.NoContent, login.StatusCode);
        var cookie = string.Join("; ", login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));

        await using var second = site.WithWebHostBuilder(host => host.UseContentRoot(_otherFolder));
        using var client = second.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/{Demo.Commune}/api/auth/me") { Headers = { { "Cookie", cookie } } };
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Demo.Administrator(Demo.Commune), await response.Content.ReadAsStringAsync());
        var keys = await site.InTenantAsync(null, services => services.GetRequiredService<GovCmsDbContext>().Set<DataProtectionKey>().CountAsync());
        Assert.True(keys > 0, "no data-protection key in the database");
    }

    [Fact]
    public void With_redis_configured_the_keys_go_to_redis()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new(RedisConnection.ConfigurationKey, "127.0.0.1:6399,abortConnect=false")]).Build();
        using var services = new ServiceCollection().AddLogging().AddGovCmsDataProtection(RedisConnection.From(configuration)).BuildServiceProvider();

        var repository = services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository;

        Assert.Equal("RedisXmlRepository", repository?.GetType().Name);
    }

    public void Dispose() => Directory.Delete(_otherFolder, recursive: true);
}

public sealed class SharedKeysOnSqlite(SqliteSite site) : SharedKeysTests(site), IClassFixture<SqliteSite>;

public sealed class SharedKeysOnPostgreSql(PostgreSqlSite site) : SharedKeysTests(site), IClassFixture<PostgreSqlSite>;

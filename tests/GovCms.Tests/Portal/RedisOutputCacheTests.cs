using System.Net;
using GovCms.Content;
using GovCms.Hosting;
using GovCms.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tests.Portal;

/// <summary>
/// The host with GovCms:Redis:Configuration set to the throwaway Redis that ./test.sh starts (GOVCMS_TEST_REDIS):
/// its output cache and its data-protection keys are kept there.
/// </summary>
public sealed class RedisSite : SqliteSite
{
    public const string ServerVariable = "GOVCMS_TEST_REDIS";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting(RedisConnection.ConfigurationKey, Environment.GetEnvironmentVariable(ServerVariable)
            ?? throw new InvalidOperationException($"{ServerVariable} is not set: Redis tests need the server that ./test.sh starts."));
    }
}

/// <summary>A host configured with GovCms:Redis:Configuration, here a Redis that does not answer.</summary>
public sealed class UnreachableRedisSite : SqliteSite
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting(RedisConnection.ConfigurationKey, "127.0.0.1:1,connectTimeout=200,syncTimeout=200,asyncTimeout=200");
    }
}

public sealed class RedisOutputCacheTests(RedisSite site) : IClassFixture<RedisSite>
{
    [Fact]
    public async Task Two_hosts_share_the_cached_pages_and_a_publication_on_one_evicts_them_for_the_other()
    {
        const string slug = Demo.SiblingCommune;
        const string home = $"/{slug}/";
        await using var other = site.WithWebHostBuilder(_ => { });
        using var onFirst = site.Client();
        using var onOther = SiteClient.Create(other);

        (await onFirst.GetAsync(home)).Dispose();
        using (var cached = await onOther.GetAsync(home))
        {
            Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
            Assert.True(cached.Headers.Age is not null, "The other host did not answer from the page the first host cached in Redis.");
        }

        using var editor = SiteClient.Create(other);
        await editor.LoginAsync(slug, Demo.Administrator(slug), Demo.Password);
        await editor.CreateArticleAsync(slug, "Thông báo lịch tiếp công dân tháng Chạp", publish: true);

        Assert.Contains("Thông báo lịch tiếp công dân tháng Chạp", await onFirst.PageAsync(home));
    }

    [Fact]
    public async Task A_cookie_issued_by_one_host_is_good_on_the_other_with_the_keys_in_redis()
    {
        await using var other = site.WithWebHostBuilder(host => host.UseContentRoot(Directory.CreateTempSubdirectory("govcms-redis-host-").FullName));
        using var first = site.Client();
        using var login = await first.TryLoginAsync(Demo.Commune, Demo.Administrator(Demo.Commune), Demo.Password);
        Assert.Equal(HttpStatusCode.NoContent, login.StatusCode);
        var cookie = string.Join("; ", login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));

        using var client = other.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/{Demo.Commune}/api/auth/me") { Headers = { { "Cookie", cookie } } };
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

public sealed class UnreachableRedisTests(UnreachableRedisSite site) : IClassFixture<UnreachableRedisSite>
{
    [Fact]
    public async Task When_redis_does_not_answer_pages_are_still_served_and_publications_still_succeed()
    {
        Assert.Contains("Redis", site.Services.GetRequiredService<IOutputCacheStore>().GetType().FullName, StringComparison.Ordinal);

        var published = await site.InTenantAsync(site.Tenant(Demo.Commune), async services =>
        {
            var content = services.GetRequiredService<IContentManager>();
            var item = content.New("Article");
            item.DisplayText = "Tin đăng khi bộ nhớ đệm chung không trả lời";
            return await content.CreateAsync(item, publish: true);
        });

        Assert.True(published.Succeeded, string.Join(" ", published.Errors.Values));
        Assert.Contains("Tin đăng khi bộ nhớ đệm chung không trả lời", await site.Client().PageAsync($"/{Demo.Commune}/tin-tuc"));
    }
}

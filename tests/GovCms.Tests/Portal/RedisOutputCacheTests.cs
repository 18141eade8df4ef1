using System.Net;
using GovCms.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tests.Portal;

/// <summary>A host configured with GovCms:Redis:Configuration, here a Redis that does not answer.</summary>
public sealed class UnreachableRedisSite : SqliteSite
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("GovCms:Redis:Configuration", "127.0.0.1:1,abortConnect=false,connectTimeout=200,syncTimeout=200,asyncTimeout=200");
    }
}

public sealed class RedisOutputCacheTests(UnreachableRedisSite site) : IClassFixture<UnreachableRedisSite>
{
    [Fact]
    public async Task With_redis_configured_the_hosts_share_its_output_cache_store_and_changes_still_succeed_when_it_is_down()
    {
        var store = site.Services.GetRequiredService<IOutputCacheStore>();
        Assert.Contains("Redis", store.GetType().FullName, StringComparison.Ordinal);

        // Provisioning the demo published content (and evicted) already; a publication through the API does too.
        using var editor = await site.SignedInAsync(Demo.Commune, Demo.Administrator(Demo.Commune));
        await editor.CreateArticleAsync(Demo.Commune, "Tin đăng khi bộ nhớ đệm chung không trả lời", publish: true);
        using var response = await site.Client().GetAsync($"/{Demo.Commune}/tin-tuc");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

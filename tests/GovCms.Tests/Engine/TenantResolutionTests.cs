using GovCms.Tenants;
using Microsoft.AspNetCore.Http;

namespace GovCms.Tests.Engine;

public sealed class TenantResolutionTests
{
    private static readonly TenantContext Root = Context(1, "tinh-thanh-hoa", prefix: null);
    private static readonly TenantContext ByPrefix = Context(2, "xa-dong-son", prefix: "xa-dong-son");
    private static readonly TenantContext ByHost = Context(3, "xa-xuan-hong", prefix: "xa-xuan-hong", host: "xuanhong.gov.vn");

    private static readonly TenantResolutionMiddleware Middleware = new(_ => Task.CompletedTask, Catalog());

    [Theory]
    [InlineData("xuanhong.gov.vn", "/tin-tuc/bai-1", 3, "", "/tin-tuc/bai-1")]
    [InlineData("XuanHong.gov.vn", "/xa-dong-son/tin-tuc", 3, "", "/xa-dong-son/tin-tuc")]
    [InlineData("localhost", "/xa-dong-son/tin-tuc/bai-1", 2, "/xa-dong-son", "/tin-tuc/bai-1")]
    [InlineData("localhost", "/xa-dong-son", 2, "/xa-dong-son", "/")]
    [InlineData("localhost", "/XA-DONG-SON/", 2, "/XA-DONG-SON", "/")]
    [InlineData("localhost", "/xa-dong-sonx/tin-tuc", 1, "", "/xa-dong-sonx/tin-tuc")]
    [InlineData("localhost", "/", 1, "", "/")]
    [InlineData("khac.gov.vn", "/tin-tuc", 1, "", "/tin-tuc")]
    public void Host_name_first_then_first_path_segment_then_the_root(string host, string path, int expected, string pathBase, string rest)
    {
        var context = new DefaultHttpContext();
        context.Request.Host = new HostString(host);
        context.Request.Path = path;

        Assert.Equal(expected, Middleware.Resolve(context)?.Id);
        Assert.Equal(pathBase, context.Request.PathBase.Value ?? "");
        Assert.Equal(rest, context.Request.Path.Value);
    }

    private static TenantCatalog Catalog()
    {
        var catalog = new TenantCatalog(null!);
        foreach (var tenant in new[] { Root, ByPrefix, ByHost })
        {
            catalog.Index(tenant);
        }

        return catalog;
    }

    private static TenantContext Context(int id, string slug, string? prefix, string? host = null) => new()
    {
        Id = id,
        Name = slug,
        Slug = slug,
        DisplayName = slug,
        Level = "commune",
        UrlPrefix = prefix,
        HostNames = host is null ? [] : [host],
    };
}

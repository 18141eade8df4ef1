using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tests.Infrastructure;

/// <summary>The endpoints a host maps, for tests that walk every one of them (CSRF, supervisors, isolation, bad input).</summary>
public static partial class MappedRoutes
{
    /// <summary>Every route endpoint with each of its methods (GET where it declares none).</summary>
    public static IEnumerable<(RouteEndpoint Endpoint, string Pattern, string Method)> Of(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is not null)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => (e, e.RoutePattern.RawText!, method)))
            .Distinct();

    /// <summary>The endpoints that may change something: POST, PUT, PATCH and DELETE.</summary>
    public static IEnumerable<(RouteEndpoint Endpoint, string Pattern, string Method)> ChangingState(IServiceProvider services) =>
        Of(services).Where(r => r.Method is "POST" or "PUT" or "PATCH" or "DELETE");

    /// <summary>"/api/admin/content/{id}/versions/{version:int}" with each parameter replaced by <paramref name="value"/>(its name).</summary>
    public static string Fill(string pattern, Func<string, string> value) =>
        "/" + Parameter().Replace(pattern, m => value(m.Groups[1].Value)).TrimStart('/');

    /// <summary>The usual values: {id} the given id, {type} Article, {version} 1, any other the role name Author.</summary>
    public static string Fill(string pattern, string id) =>
        Fill(pattern, name => name switch
        {
            "id" => id,
            "type" => "Article",
            "version" => "1",
            _ => "Author",
        });

    [GeneratedRegex(@"\{\*{0,2}([A-Za-z]+)[^}]*\}")]
    private static partial Regex Parameter();
}

/// <summary>What a site's administrator can see of it through the admin API, as one string to compare before and after.</summary>
public static class AdminSnapshot
{
    public static async Task<string> OfAsync(SiteClient client, string site)
    {
        var parts = new List<string>();
        foreach (var url in new[] { "content?pageSize=100", "users", "roles", "tenant", "features", "categories", "menu" })
        {
            parts.Add((await client.GetJsonAsync($"/{site}/api/admin/{url}"))!.ToJsonString());
        }

        return string.Join("\n", parts);
    }
}

using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GovCms.Tenants;

/// <summary>
/// The host names the host itself is served on, which the root site answers and no site may take:
/// GovCms:Tenancy:ReservedHostNames, or else the names in the addresses the server listens on (its URLs:
/// the server's own list once started, "urls", Kestrel endpoints), and always "localhost". Without ports.
/// </summary>
public sealed class ReservedHostNames(IOptions<TenancyOptions> tenancy, IConfiguration configuration, IServiceProvider services)
{
    public const string Localhost = "localhost";

    /// <summary>Read each time: the server knows its addresses only once it has started.</summary>
    public IReadOnlySet<string> Current
    {
        get
        {
            var configured = tenancy.Value.ReservedHostNames;
            var names = configured.Count > 0 ? configured : ServerUrls().Select(HostOfUrl).OfType<string>();
            return names.Select(Normalise).Where(n => n.Length > 0).Append(Localhost).ToHashSet(StringComparer.Ordinal);
        }
    }

    private IEnumerable<string> ServerUrls()
    {
        var started = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var endpoints = configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"]).OfType<string>();
        var urls = (configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return started.Concat(endpoints).Concat(urls);
    }

    /// <summary>The host of a listening address; none for the wildcards ("http://+:80", "http://*:80", 0.0.0.0, [::]).</summary>
    private static string? HostOfUrl(string url) =>
        Uri.TryCreate(url.Replace("://+", "://wildcard.invalid").Replace("://*", "://wildcard.invalid"), UriKind.Absolute, out var uri)
        && uri.Host is not ("wildcard.invalid" or "0.0.0.0" or "[::]")
            ? uri.Host
            : null;

    private static string Normalise(string name) =>
        HostNameRules.HostOf(HostNameRules.Normalize(name, allowIpAddresses: true).Name ?? name.Trim().ToLowerInvariant());
}

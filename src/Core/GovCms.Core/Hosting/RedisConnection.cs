using Microsoft.Extensions.Configuration;
using StackExchange.Redis;

namespace GovCms.Hosting;

/// <summary>
/// The host's one connection to Redis when "GovCms:Redis:Configuration" is set (a StackExchange.Redis configuration
/// string): the output cache and the data-protection keys share it. It connects on first use, not while services are
/// registered, and keeps retrying in the background when Redis is away.
/// </summary>
public sealed class RedisConnection(string configuration)
{
    public const string ConfigurationKey = "GovCms:Redis:Configuration";

    private readonly Lazy<IConnectionMultiplexer> _multiplexer = new(() =>
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        return ConnectionMultiplexer.Connect(options);
    });

    public IConnectionMultiplexer Multiplexer => _multiplexer.Value;

    /// <summary>The connection configured for the host, or null when Redis is not used.</summary>
    public static RedisConnection? From(IConfiguration configuration) =>
        configuration[ConfigurationKey] is { } value && !string.IsNullOrWhiteSpace(value) ? new RedisConnection(value) : null;
}

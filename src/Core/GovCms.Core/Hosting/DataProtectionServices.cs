using GovCms.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GovCms.Hosting;

/// <summary>
/// Data-protection keys (sign-in cookies, antiforgery tokens) shared by every host of one installation: in the
/// database by default, in Redis when "GovCms:Redis:Configuration" is set; one application name, so a cookie one
/// host issued is good on the others whatever folder they run from.
/// </summary>
public static class DataProtectionServices
{
    public const string ApplicationName = "GovCms";
    public const string RedisKey = "GovCms:DataProtection:Keys";

    public static IServiceCollection AddGovCmsDataProtection(this IServiceCollection services, RedisConnection? redis)
    {
        services.AddSingleton<IModelContributor, DataProtectionKeyModel>();
        var protection = services.AddDataProtection().SetApplicationName(ApplicationName);
        if (redis is not null)
        {
            protection.PersistKeysToStackExchangeRedis(() => redis.Multiplexer.GetDatabase(), RedisKey);
        }
        else
        {
            services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider => new ConfigureOptions<KeyManagementOptions>(options =>
                options.XmlRepository = new DatabaseXmlRepository(provider.GetRequiredService<IServiceScopeFactory>())));
        }

        return services;
    }
}

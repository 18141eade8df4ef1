using System.Globalization;
using System.Net;
using GovCms.Security;
using GovCms.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GovCms.Tests.Security;

/// <summary>Counts the password hashes the host checks, to see that an unknown name costs as much as a known one.</summary>
public sealed class PasswordCheckCounter
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Add() => Interlocked.Increment(ref _count);
}

internal sealed class CountingPasswordHasher(PasswordCheckCounter counter, IOptions<PasswordHasherOptions> options) : IPasswordHasher<GovCmsUser>
{
    private readonly PasswordHasher<GovCmsUser> _inner = new(options);

    public string HashPassword(GovCmsUser user, string password) => _inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(GovCmsUser user, string hashedPassword, string providedPassword)
    {
        counter.Add();
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}

/// <summary>Lets a test say which client address a request comes from, so limits per address can be tried from one process.</summary>
internal sealed class TestClientAddress : IStartupFilter
{
    public const string Header = "X-Test-Client-Ip";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[Header], out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}

/// <summary>
/// What the security tests add to a host: the client address from <see cref="TestClientAddress.Header"/>, counted
/// password checks, and low sign-in limits when given. With the workflow hosts' mail folder (<see cref="SecuritySqliteSite"/>),
/// the host's address is configured too, so "Quên mật khẩu" is offered.
/// </summary>
public static class SecurityTestHost
{
    public const string SiteUrl = "http://localhost";

    public static void Configure(IWebHostBuilder builder, int? perIp = null, int? perAccount = null)
    {
        builder.UseSetting("GovCms:Mail:SiteUrl", SiteUrl);
        if (perIp is { } ip)
        {
            builder.UseSetting("GovCms:Security:SignInPerIp:PermitLimit", ip.ToString(CultureInfo.InvariantCulture));
            builder.UseSetting("GovCms:Security:SignInPerIp:Window", "00:10:00");
        }

        if (perAccount is { } account)
        {
            builder.UseSetting("GovCms:Security:SignInPerAccount:PermitLimit", account.ToString(CultureInfo.InvariantCulture));
            builder.UseSetting("GovCms:Security:SignInPerAccount:Window", "00:10:00");
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<PasswordCheckCounter>();
            services.AddScoped<IPasswordHasher<GovCmsUser>, CountingPasswordHasher>();
            services.AddTransient<IStartupFilter, TestClientAddress>();
        });
    }
}

/// <summary>A workflow host (mail as .eml files, jobs run at once) with <see cref="SecurityTestHost"/>.</summary>
public class SecuritySqliteSite : WorkflowSqliteSite
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        SecurityTestHost.Configure(builder);
    }
}

public class SecurityPostgreSqlSite : WorkflowPostgreSqlSite
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        SecurityTestHost.Configure(builder);
    }
}

/// <summary>Low sign-in limits: 4 attempts per client address, 3 per account, per ten minutes.</summary>
public class LimitedSqliteSite : SqliteSite
{
    public const int PerIp = 4;
    public const int PerAccount = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        SecurityTestHost.Configure(builder, PerIp, PerAccount);
    }
}

public class LimitedPostgreSqlSite : PostgreSqlSite
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        SecurityTestHost.Configure(builder, LimitedSqliteSite.PerIp, LimitedSqliteSite.PerAccount);
    }
}

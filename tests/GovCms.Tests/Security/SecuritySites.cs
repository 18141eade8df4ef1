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
/// What the security tests add to a host: mail written as .eml files to the site's own folder with the host's
/// address configured (so "Quên mật khẩu" is offered), due jobs looked for five times a second, the client
/// address from <see cref="TestClientAddress.Header"/>, counted password checks, and optionally low sign-in limits.
/// </summary>
public static class SecurityTestHost
{
    public const string SiteUrl = "http://localhost";

    public static void Configure(IWebHostBuilder builder, string? mailFolder, int? perIp = null, int? perAccount = null)
    {
        if (mailFolder is not null)
        {
            builder.UseSetting("GovCms:Scheduling:PollSeconds", "0.2");
            builder.UseSetting("GovCms:Mail:PickupDirectory", mailFolder);
            builder.UseSetting("GovCms:Mail:From", "congthongtin@thanhhoa.test");
            builder.UseSetting("GovCms:Mail:SiteUrl", SiteUrl);
        }

        if (perIp is { } ip)
        {
            builder.UseSetting("GovCms:Security:SignInPerIp:PermitLimit", ip.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("GovCms:Security:SignInPerIp:Window", "00:10:00");
        }

        if (perAccount is { } account)
        {
            builder.UseSetting("GovCms:Security:SignInPerAccount:PermitLimit", account.ToString(System.Globalization.CultureInfo.InvariantCulture));
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

public class SecuritySqliteSite : SqliteSite
{
    public string MailFolder { get; } = Directory.CreateTempSubdirectory("govcms-mail-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        SecurityTestHost.Configure(builder, MailFolder);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(MailFolder))
        {
            Directory.Delete(MailFolder, recursive: true);
        }
    }
}

public class SecurityPostgreSqlSite : PostgreSqlSite
{
    public string MailFolder { get; } = Directory.CreateTempSubdirectory("govcms-mail-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        SecurityTestHost.Configure(builder, MailFolder);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(MailFolder))
        {
            Directory.Delete(MailFolder, recursive: true);
        }
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
        SecurityTestHost.Configure(builder, mailFolder: null, PerIp, PerAccount);
    }
}

public class LimitedPostgreSqlSite : PostgreSqlSite
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        SecurityTestHost.Configure(builder, mailFolder: null, LimitedSqliteSite.PerIp, LimitedSqliteSite.PerAccount);
    }
}

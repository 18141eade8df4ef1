using GovCms.Tenants;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace GovCms.Web.Demo;

/// <summary>Prints where the sites are and how to sign in, once the server listens.</summary>
internal static class StartupBanner
{
    public static void Print(IServiceProvider services, IReadOnlyList<(TenantContext Tenant, string? Administrator, string? Author)> logins, string password)
    {
        var address = services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost:5000";
        address = address.Replace("://[::]", "://localhost").Replace("://0.0.0.0", "://localhost").Replace("://+", "://localhost").TrimEnd('/');
        Console.WriteLine();
        Console.WriteLine("GovCms đang chạy. Các cổng thông tin (trang quản trị ở /admin):");
        foreach (var (tenant, administrator, author) in logins)
        {
            var indent = new string(' ', 2 * (tenant.AncestorIds.Count + 1));
            Console.WriteLine($"{indent}{tenant.DisplayName,-24} {address}{TenantUrls.BasePath(tenant)}/");
            Console.WriteLine($"{indent}  quản trị: {administrator} / {password}   cán bộ: {author} / {password}");
        }

        Console.WriteLine();
    }
}

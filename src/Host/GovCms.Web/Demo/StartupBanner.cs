using GovCms.Tenants;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace GovCms.Web.Demo;

/// <summary>Prints where the sites are and how to sign in, once the server listens.</summary>
internal static class StartupBanner
{
    /// <param name="password">The demo users' password, or null when it was generated and printed when the demo was created.</param>
    /// <param name="generated">Whether the password was generated (outside Development), so it is printed this once.</param>
    public static void Print(IServiceProvider services, IReadOnlyList<(TenantContext Tenant, string? Administrator, string? Author)> logins, string? password, bool generated)
    {
        var address = services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost:5000";
        address = address.Replace("://[::]", "://localhost").Replace("://0.0.0.0", "://localhost").Replace("://+", "://localhost").TrimEnd('/');
        Console.WriteLine();
        Console.WriteLine("GovCms đang chạy. Các cổng thông tin (trang quản trị ở /admin):");
        foreach (var (tenant, administrator, author) in logins)
        {
            var indent = new string(' ', 2 * (tenant.AncestorIds.Count + 1));
            Console.WriteLine($"{indent}{tenant.DisplayName,-24} {address}{TenantUrls.BasePath(tenant)}/");
            Console.WriteLine(password is null
                ? $"{indent}  quản trị: {administrator}   cán bộ: {author}"
                : $"{indent}  quản trị: {administrator} / {password}   cán bộ: {author} / {password}");
        }

        if (generated)
        {
            Console.WriteLine(password is null
                ? "Mật khẩu của các tài khoản mẫu đã được in một lần khi tạo mạng mẫu."
                : $"Mật khẩu của các tài khoản mẫu (tạo ngẫu nhiên, chỉ in lần này): {password}");
        }

        Console.WriteLine();
    }
}

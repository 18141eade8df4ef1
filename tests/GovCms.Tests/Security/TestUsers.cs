using System.Net;
using GovCms.Tests.Infrastructure;
using static GovCms.Tests.Infrastructure.SiteClient;

namespace GovCms.Tests.Security;

/// <summary>A fresh account per test, created by the site's administrator, so tests never share one.</summary>
public sealed record TestUser(string UserName, string Id, string Password)
{
    public const string InitialPassword = "MatKhauCu2026";

    public static async Task<TestUser> CreateAsync(GovCmsSite site, string slug, string prefix, string? email = null)
    {
        var userName = $"{prefix}.{Guid.NewGuid().ToString("N")[..6]}";
        using var admin = await site.SignedInAsync(slug, Demo.Administrator(slug));
        var created = await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"{Demo.Base(slug)}/api/admin/users",
            new { userName, displayName = "Người Dùng Thử", email, password = InitialPassword, roles = new[] { "Author" } });
        return new TestUser(userName, Field(created, "id"), InitialPassword);
    }

    /// <summary>Wrong passwords until the account is locked (five by default).</summary>
    public async Task LockAsync(GovCmsSite site, string slug, int attempts = 5)
    {
        using var guesser = site.Client();
        for (var attempt = 0; attempt < attempts; attempt++)
        {
            using var wrong = await guesser.TryLoginAsync(slug, UserName, $"SaiMatKhau{attempt}");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }
    }
}

using System.Net;
using GovCms.Content;
using GovCms.Tests.Infrastructure;
using static GovCms.Tests.Infrastructure.SiteClient;

namespace GovCms.Tests.Engine;

public abstract class SecurityTests(GovCmsSite site)
{
    private const string Commune = Demo.SiblingCommune;

    [Fact]
    public async Task Repeated_failed_sign_ins_lock_the_account_even_for_the_right_password()
    {
        using var admin = await site.SignedInAsync(Commune, Demo.Administrator(Commune));
        await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/{Commune}/api/admin/users",
            new { userName = "khoa.thu", displayName = "Người Thử Khóa", password = "DungMatKhau1", roles = new[] { "Author" } });

        using var guesser = site.Client();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var wrong = await guesser.TryLoginAsync(Commune, "khoa.thu", $"SaiMatKhau{attempt}");
            Assert.Contains("không đúng", await wrong.Content.ReadAsStringAsync());
        }

        // Locked now: the answer stays the one a wrong password (or an unknown name) gets, even for the right password.
        using var fifth = await guesser.TryLoginAsync(Commune, "khoa.thu", "SaiMatKhau5");
        Assert.Contains("tạm khóa", await fifth.Content.ReadAsStringAsync());
        using var right = await guesser.TryLoginAsync(Commune, "khoa.thu", "DungMatKhau1");
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("không đúng", await right.Content.ReadAsStringAsync());
        var locked = (await admin.GetJsonAsync($"/{Commune}/api/admin/users"))!.AsArray().Single(u => Field(u, "userName") == "khoa.thu");
        Assert.NotNull(locked!["lockedUntilUtc"]);
    }

    [Fact]
    public async Task A_weak_password_is_refused_in_vietnamese_and_no_user_is_created()
    {
        using var admin = await site.SignedInAsync(Commune, Demo.Administrator(Commune));
        var refused = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"/{Commune}/api/admin/users",
            new { userName = "mat.khau.yeu", displayName = "Mật Khẩu Yếu", password = "abc", roles = new[] { "Author" } });
        Assert.Contains("ít nhất 8", refused!["errors"]!["password"]![0]!.GetValue<string>());
        var unknownRole = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"/{Commune}/api/admin/users",
            new { userName = "vai.tro.la", displayName = "Vai Trò Lạ", password = "MatKhauManh1", roles = new[] { "Pharaoh" } });
        Assert.Contains("Pharaoh", unknownRole!["detail"]!.GetValue<string>());

        var users = (await admin.GetJsonAsync($"/{Commune}/api/admin/users"))!.AsArray().Select(u => Field(u, "userName"));
        Assert.DoesNotContain("mat.khau.yeu", users);
        Assert.DoesNotContain("vai.tro.la", users);
    }

    [Fact]
    public async Task A_role_change_signs_the_user_out_and_takes_effect_at_the_next_sign_in_and_a_disabled_user_is_signed_out()
    {
        using var admin = await site.SignedInAsync(Commune, Demo.Administrator(Commune));
        var created = await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/{Commune}/api/admin/users",
            new { userName = "bien.tap", displayName = "Biên Tập Viên", password = "BienTap2026", roles = new[] { "Author" } });
        var userId = Field(created, "id");

        using var clerk = site.Client();
        await clerk.LoginAsync(Commune, "bien.tap", "BienTap2026");
        var draft = await clerk.CreateArticleAsync(Commune, "Bài chờ duyệt của biên tập");
        var publishUrl = $"/{Commune}/api/admin/content/{Field(draft, "id")}/publish";
        await clerk.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Post, publishUrl, new { concurrencyStamp = Field(draft, "concurrencyStamp") });

        await admin.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Put, $"/{Commune}/api/admin/users/{userId}/roles", new { roles = new[] { "Approver" } });
        await clerk.ExpectAsync(HttpStatusCode.Unauthorized, HttpMethod.Get, $"/{Commune}/api/auth/me");
        await clerk.LoginAsync(Commune, "bien.tap", "BienTap2026");
        var permissions = (await clerk.GetJsonAsync($"/{Commune}/api/auth/me"))!["permissions"]!.AsArray().Select(p => p!.GetValue<string>());
        Assert.Contains(ContentPermissions.Publish, permissions);
        await clerk.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, publishUrl, new { concurrencyStamp = Field(draft, "concurrencyStamp") });

        await admin.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Post, $"/{Commune}/api/admin/users/{userId}/disable");
        await clerk.ExpectAsync(HttpStatusCode.Unauthorized, HttpMethod.Get, $"/{Commune}/api/admin/content");
        using var again = await clerk.TryLoginAsync(Commune, "bien.tap", "BienTap2026");
        Assert.Contains("vô hiệu hóa", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Signing_in_on_one_site_signs_in_nowhere_else()
    {
        using var admin = await site.SignedInAsync(Commune, Demo.Administrator(Commune));
        await admin.GetJsonAsync($"/{Commune}/api/auth/me");
        await admin.ExpectAsync(HttpStatusCode.Unauthorized, HttpMethod.Get, $"/{Demo.Commune}/api/auth/me");
        await admin.ExpectAsync(HttpStatusCode.Unauthorized, HttpMethod.Get, $"/{Demo.District}/api/auth/me");
    }
}

public sealed class SecurityOnSqlite(SqliteSite site) : SecurityTests(site), IClassFixture<SqliteSite>;

public sealed class SecurityOnPostgreSql(PostgreSqlSite site) : SecurityTests(site), IClassFixture<PostgreSqlSite>;

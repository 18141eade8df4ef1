using System.Net;
using System.Text.RegularExpressions;
using GovCms.Audit;
using GovCms.Content;
using GovCms.Contents;
using GovCms.Data;
using GovCms.Provisioning;
using GovCms.Security;
using GovCms.Tenants;
using GovCms.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static GovCms.Tests.Infrastructure.SiteClient;

namespace GovCms.Tests.Tree;

/// <summary>Giám sát: granted on an ancestor, reads the admin of its subtree, changes nothing.</summary>
public abstract partial class SupervisorTests(GovCmsSite site)
{
    [Fact]
    public async Task A_supervisor_of_a_district_reads_its_communes_admin_and_the_grant_is_audited()
    {
        var supervisor = await GrantAsync("giamsat.doc");
        var article = await ArticleAsync(Demo.Commune, "Bài để giám sát đọc");

        using var onCommune = await site.SignedInAsync(Demo.Commune, supervisor);
        var listed = await onCommune.GetJsonAsync($"/{Demo.Commune}/api/admin/content?pageSize=100");
        Assert.Contains(listed!["items"]!.AsArray(), i => Field(i, "id") == article);
        await onCommune.GetJsonAsync($"/{Demo.Commune}/api/admin/users");
        Assert.Contains("Bài để giám sát đọc", await onCommune.PageAsync($"/{Demo.Commune}/admin/content?type=Article"));
        await onCommune.PageAsync($"/{Demo.Commune}/admin");
        var me = await onCommune.GetJsonAsync($"/{Demo.Commune}/api/auth/me");
        Assert.True(me!["readOnly"]!.GetValue<bool>());
        Assert.Contains(me["permissions"]!.AsArray(), p => p!.GetValue<string>() == ContentPermissions.Edit);

        // Outside the district's subtree: no sign-in.
        using var elsewhere = site.Client();
        using var refused = await elsewhere.TryLoginAsync(Demo.OtherDistrictCommune, supervisor, Demo.Password);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        var audited = await site.InTenantAsync(site.Tenant(Demo.District), services =>
            services.GetRequiredService<GovCmsDbContext>().Set<AuditEntry>()
                .Where(e => e.ObjectId == supervisor && e.Action == AuditActions.RolesChanged).Select(e => e.Details).ToListAsync());
        Assert.Contains(audited, d => d != null && d.Contains(BuiltInRoles.Supervisor));
    }

    [Fact]
    public async Task A_supervisor_cannot_change_anything_through_any_endpoint()
    {
        var supervisor = await GrantAsync("giamsat.thu");
        var article = await ArticleAsync(Demo.Commune, "Bài không được sửa");
        using var onCommune = await site.SignedInAsync(Demo.Commune, supervisor);
        var before = await AdminSnapshot.OfAsync(onCommune, Demo.Commune);

        var tried = 0;
        foreach (var (_, pattern, method) in MappedRoutes.ChangingState(site.Services).Where(r => !OwnAccount().IsMatch(r.Pattern)))
        {
            var url = $"/{Demo.Commune}{MappedRoutes.Fill(pattern, article)}";
            using var response = await onCommune.SendJsonAsync(new HttpMethod(method), url, new { displayText = "Đã sửa", publish = true, roles = new[] { "Administrator" } });
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {url}: {(int)response.StatusCode}");
            tried++;
        }

        Assert.True(tried > 30, $"only {tried} endpoints");
        Assert.Equal(before, await AdminSnapshot.OfAsync(onCommune, Demo.Commune));

        // On the district itself, where the role is held, it is read-only too; signing out still works.
        using var onDistrict = await site.SignedInAsync(Demo.District, supervisor);
        var problem = await onDistrict.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Put, $"/{Demo.District}/api/admin/tenant", new { displayName = "Đổi tên" });
        Assert.Equal(SupervisorReadOnly.Refusal, Field(problem, "detail"));
        await onDistrict.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Post, $"/{Demo.District}/api/auth/logout");
    }

    [Fact]
    public async Task Supervision_follows_the_tree_when_a_site_moves_in_and_when_one_is_retired_into_another()
    {
        var supervisor = await GrantAsync("giamsat.cay");
        var other = site.Tenant(Demo.OtherDistrictCommune);
        var newcomer = await CreateCommuneAsync("Xã Chuyển Đến", other.ParentId!.Value);
        using (var before = site.Client())
        {
            using var refused = await before.TryLoginAsync(newcomer.Slug, supervisor, Demo.Password);
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        var tree = site.Services.GetRequiredService<TenantTreeService>();
        Assert.True((await tree.MoveAsync(newcomer.Name, site.Tenant(Demo.District).Name, dryRun: false)).Succeeded);
        var article = await ArticleAsync(newcomer.Slug, "Tin của xã mới chuyển đến");
        var successor = await CreateCommuneAsync("Phường Kế Thừa", site.Tenant(Demo.District).Id);
        Assert.True((await tree.RetireAsync([newcomer.Name], successor.Name, RetiredUsers.Move, dryRun: false)).Succeeded);

        using var onSuccessor = await site.SignedInAsync(successor.Slug, supervisor);
        var listed = await onSuccessor.GetJsonAsync($"/{successor.Slug}/api/admin/content?pageSize=100");
        Assert.Contains(listed!["items"]!.AsArray(), i => Field(i, "id") == article);
        await onSuccessor.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Delete, $"/{successor.Slug}/api/admin/content/{article}");
    }

    /// <summary>A district administrator creates an account and grants it Giám sát (through the users API, audited).</summary>
    private async Task<string> GrantAsync(string userName)
    {
        using var admin = await site.SignedInAsync(Demo.District, Demo.Administrator(Demo.District));
        var created = await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/{Demo.District}/api/admin/users",
            new { userName, displayName = "Cán bộ giám sát", email = $"{userName}@bimson.gov.vn", password = Demo.Password, roles = new[] { BuiltInRoles.Author } });
        await admin.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Put, $"/{Demo.District}/api/admin/users/{Field(created, "id")}/roles",
            new { roles = new[] { BuiltInRoles.Supervisor } });
        return userName;
    }

    private async Task<string> ArticleAsync(string slug, string title)
    {
        using var onSite = await site.SignedInAsync(slug, Demo.Administrator(Demo.District));
        return Field(await onSite.CreateArticleAsync(slug, title, publish: true), "id");
    }

    private Task<TenantContext> CreateCommuneAsync(string displayName, int parentId) =>
        site.InTenantAsync(null, async services =>
        {
            var created = await services.GetRequiredService<TenantService>().CreateAsync(new TenantCreateRequest
            {
                Name = "s" + Guid.NewGuid().ToString("N")[..10], DisplayName = displayName,
                Slug = GovCms.Text.VietnameseText.Slugify(displayName) + "-" + Guid.NewGuid().ToString("N")[..6],
                Level = "commune", ParentId = parentId, Features = [ContentsModule.Id],
            });
            Assert.True(created.Succeeded, string.Join(" ", created.Errors.Values));
            return created.Value!;
        });

    /// <summary>Signing in or out and one's own account, which a supervisor may use.</summary>
    [GeneratedRegex(@"^/?(admin/(login|logout|account)|api/auth/(login|logout|password))")]
    private static partial Regex OwnAccount();
}

public sealed class SupervisorOnSqlite(SqliteSite site) : SupervisorTests(site), IClassFixture<SqliteSite>;

public sealed class SupervisorOnPostgreSql(PostgreSqlSite site) : SupervisorTests(site), IClassFixture<PostgreSqlSite>;

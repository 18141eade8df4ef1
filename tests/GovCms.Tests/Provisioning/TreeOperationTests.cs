using System.Net;
using GovCms.Content;
using GovCms.Provisioning;
using GovCms.Security;
using GovCms.Tenants;
using GovCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tests.Provisioning;

/// <summary>Moving units in the tree, and retiring merged units into their successor (the 2025 reform).</summary>
public abstract class TreeOperationTests(GovCmsSite site)
{
    private TenantTreeService Tree => site.Services.GetRequiredService<TenantTreeService>();

    [Fact]
    public async Task Retiring_a_districts_communes_into_one_new_commune_moves_their_content_users_and_addresses()
    {
        await ProvisionAsync("district", "Huyện Sáp Nhập", "9500", "38");
        var first = await ProvisionAsync("commune", "Xã Đầu Nguồn", "950001", "9500");
        var second = await ProvisionAsync("commune", "Xã Cuối Nguồn", "950002", "9500");
        await AddArticleAndClerkAsync(first);
        var merged = await ProvisionAsync("commune", "Xã Nguồn Mới", "950003", "9500");
        var before = await SiteInspection.CountAsync(site.Services);

        var preview = await Tree.RetireAsync(["950001", "950002"], "950003", RetiredUsers.Move, dryRun: true);

        Assert.True(preview.Succeeded, string.Join(" ", preview.Errors.Values));
        Assert.Contains(preview.Changes, c => c.Contains("/trang/gioi-thieu → /xa-nguon-moi/trang/gioi-thieu-xa-dau-nguon"));
        Assert.Contains(preview.Changes, c => c.StartsWith("Chuyển tài khoản canbo.xa-dau-nguon sang Xã Nguồn Mới (vai trò Author)"));
        Assert.Equal(before, await SiteInspection.CountAsync(site.Services));
        Assert.Equal(TenantState.Running, site.Catalog.Find(first.Id)!.State);

        var result = await Tree.RetireAsync(["950001", "950002"], "950003", RetiredUsers.Move, dryRun: false);

        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Values));
        Assert.Equal(preview.Changes, result.Changes);
        foreach (var retired in new[] { first, second })
        {
            Assert.Equal((TenantState.Retired, merged.Id), (site.Catalog.Find(retired.Id)!.State, site.Catalog.Find(retired.Id)!.SuccessorId));
            var left = await SiteInspection.ReadAsync(site.Services, retired.Id);
            Assert.Empty(left.Pages.Concat(left.Articles).Concat(left.Users));
        }

        var successor = await SiteInspection.ReadAsync(site.Services, merged.Id);
        Assert.Equal(["gioi-thieu", "gioi-thieu-xa-cuoi-nguon", "gioi-thieu-xa-dau-nguon", "hoi-dap-gop-y", "hoi-dap-gop-y-xa-cuoi-nguon", "hoi-dap-gop-y-xa-dau-nguon"],
            successor.Pages.Where(p => p.StartsWith("gioi-thieu") || p.StartsWith("hoi-dap")));
        Assert.Equal(["tin-vui-dau-nguon"], successor.Articles);
        Assert.Equal(["canbo.xa-dau-nguon"], successor.Users);

        using var citizen = site.Client();
        using var article = await citizen.GetAsync("/xa-dau-nguon/tin-tuc/tin-vui-dau-nguon?trang=2");
        Assert.Equal((HttpStatusCode.MovedPermanently, "/xa-nguon-moi/tin-tuc/tin-vui-dau-nguon?trang=2"), (article.StatusCode, article.Headers.Location?.OriginalString));
        using var introduction = await citizen.GetAsync("/xa-dau-nguon/trang/gioi-thieu");
        Assert.Equal("/xa-nguon-moi/trang/gioi-thieu-xa-dau-nguon", introduction.Headers.Location?.OriginalString);
        Assert.Contains("Giới thiệu (Xã Đầu Nguồn)", await citizen.PageAsync("/xa-nguon-moi/trang/gioi-thieu-xa-dau-nguon"));
        Assert.Contains("Tin vui đầu nguồn (Xã Đầu Nguồn)", await citizen.PageAsync("/xa-nguon-moi/chuyen-muc/tin-tuc-su-kien"));
        await citizen.LoginAsync("xa-nguon-moi", "canbo.xa-dau-nguon", Demo.Password);
    }

    [Fact]
    public async Task Retiring_is_refused_while_a_unit_has_running_units_below_it_or_the_successor_is_retired_too()
    {
        var before = await SiteInspection.CountAsync(site.Services);

        var withChildren = await Tree.RetireAsync(["381"], "395", RetiredUsers.Move, dryRun: false);
        var intoItself = await Tree.RetireAsync(["14821", "14815"], "14815", RetiredUsers.Disable, dryRun: false);
        var unknown = await Tree.RetireAsync(["14821"], "99999", RetiredUsers.Move, dryRun: false);

        Assert.Contains("còn đơn vị cấp dưới: Phường Đông Sơn, Phường Lam Sơn", withChildren.Errors["codes.381"]);
        Assert.Contains("không nằm trong các đơn vị bị sáp nhập", intoItself.Errors["into"]);
        Assert.Equal("Không có đơn vị mã \"99999\".", unknown.Errors["into"]);
        Assert.Equal(before, await SiteInspection.CountAsync(site.Services));
        Assert.Equal(TenantState.Running, site.Tenant(Demo.Commune).State);
    }

    [Fact]
    public async Task A_unit_moves_under_another_parent_of_a_level_it_may_have()
    {
        var commune = await ProvisionAsync("commune", "Phường Chuyển Đi", "950101", "381");

        var preview = await Tree.MoveAsync("950101", "395", dryRun: true);
        Assert.Equal(["Chuyển Phường Chuyển Đi (mã 950101) từ Thị xã Bỉm Sơn sang Huyện Thọ Xuân."], preview.Changes);
        Assert.Equal(site.Tenant(Demo.District).Id, site.Catalog.Find(commune.Id)!.ParentId);

        var moved = await Tree.MoveAsync("950101", "395", dryRun: false);

        Assert.True(moved.Succeeded, string.Join(" ", moved.Errors.Values));
        var now = site.Catalog.Find(commune.Id)!;
        Assert.Equal([site.Catalog.FindByName("395")!.Id, site.Tenant(Demo.Province).Id], now.AncestorIds);
        Assert.Contains(now, site.Catalog.Children(site.Catalog.FindByName("395")!.Id));
        Assert.DoesNotContain(now, site.Catalog.Children(site.Tenant(Demo.District).Id));

        Assert.Contains("vào chính nó hoặc vào một đơn vị cấp dưới", (await Tree.MoveAsync("381", "14821", dryRun: false)).Errors["parent"]);
        Assert.Contains("Đơn vị cấp 'commune' không thể có đơn vị con cấp 'commune'", (await Tree.MoveAsync("950101", "14821", dryRun: false)).Errors["parent"]);
    }

    private async Task<TenantContext> ProvisionAsync(string recipe, string name, string code, string parent)
    {
        var result = await site.Services.GetRequiredService<TenantProvisioner>().ProvisionAsync(new ProvisioningRequest
        {
            Recipe = recipe,
            Parameters = new Dictionary<string, string> { ["unitName"] = name, ["code"] = code, ["parent"] = parent },
        });
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        return result.Tenants[0];
    }

    private Task AddArticleAndClerkAsync(TenantContext tenant) =>
        site.InTenantAsync(tenant, async services =>
        {
            var content = services.GetRequiredService<IContentManager>();
            var item = content.New("Article");
            item.DisplayText = "Tin vui đầu nguồn";
            item.Apply(new SummaryPart { Text = "Tin của xã trước khi sáp nhập." }).Apply(new CategoriesPart { Categories = ["tin-tuc-su-kien"] });
            Assert.True((await content.CreateAsync(item, publish: true)).Succeeded);
            var outcome = await services.GetRequiredService<UserAdminService>().CreateAsync(
                $"canbo.{tenant.Slug}", "Cán bộ xã cũ", null, Demo.Password, [BuiltInRoles.Author]);
            Assert.True(outcome.Succeeded, string.Join(" ", outcome.Errors.Values));
            return true;
        });
}

public sealed class TreeOperationOnSqlite(SqliteSite site) : TreeOperationTests(site), IClassFixture<SqliteSite>;

public sealed class TreeOperationOnPostgreSql(PostgreSqlSite site) : TreeOperationTests(site), IClassFixture<PostgreSqlSite>;

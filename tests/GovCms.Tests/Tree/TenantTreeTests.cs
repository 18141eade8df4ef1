using GovCms.Content;
using GovCms.Content.Indexing;
using GovCms.Contents;
using GovCms.Contents.Categories;
using GovCms.Provisioning;
using GovCms.Tenants;
using GovCms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tests.Tree;

/// <summary>The closure table of the tree, declared indexes kept in step with content, and their queries by scope: site, subtree, sites, visible from.</summary>
public abstract class TenantTreeTests(GovCmsSite site)
{
    private const string Category = "tin-tuc-su-kien";

    [Fact]
    public async Task Index_rows_follow_the_latest_and_the_published_version_through_every_operation()
    {
        var commune = site.Tenant(Demo.Commune);
        var (id, stamp) = await CreateAsync(commune, "Lịch tiếp dân tháng 12", publish: false, "hoi-dap");
        Assert.Equal([("hoi-dap", true, false)], await RowsAsync(commune, id));

        stamp = await InContentAsync(commune, c => c.PublishAsync(id, stamp));
        Assert.Equal([("hoi-dap", true, true)], await RowsAsync(commune, id));

        // A draft over the published version: the published rows stay for the portal, the draft's for the admin.
        stamp = await InContentAsync(commune, async c =>
        {
            var item = (await c.GetAsync(id))!;
            item.Apply(new CategoriesPart { Categories = [Category] });
            return await c.UpdateAsync(item);
        });
        Assert.Equal([("hoi-dap", false, true), (Category, true, false)], await RowsAsync(commune, id));

        var published = await site.InTenantAsync(commune, services =>
            services.GetRequiredService<IContentIndex<ContentCategoryIndex>>().Query(SiteScope.Site(commune.Id)).Where(r => r.ContentItemId == id).Select(r => r.CategorySlug).ToListAsync());
        Assert.Equal(["hoi-dap"], published);

        stamp = await InContentAsync(commune, c => c.UnpublishAsync(id, stamp));
        Assert.Equal([(Category, true, false)], await RowsAsync(commune, id));

        stamp = await InContentAsync(commune, c => c.PublishAsync(id, stamp));
        Assert.Equal([(Category, true, true)], await RowsAsync(commune, id));

        await InContentAsync(commune, c => c.RemoveAsync(id, stamp));
        Assert.Empty(await RowsAsync(commune, id));
    }

    [Fact]
    public async Task A_subtree_query_reads_the_sites_below_and_follows_a_move()
    {
        var province = site.Tenant(Demo.Province);
        var district = await CreateSiteAsync("Thị xã Cây Một", "district", province);
        var commune = await CreateSiteAsync("Phường Cây Một", "commune", district);
        var other = await CreateSiteAsync("Xã Cây Hai", "commune", await CreateSiteAsync("Huyện Cây Hai", "district", province));
        var mark = "cay-" + Guid.NewGuid().ToString("N")[..8];
        var inCommune = (await CreateAsync(commune, "Tin phường", publish: true, mark)).Id;
        var inDistrict = (await CreateAsync(district, "Tin thị xã", publish: true, mark)).Id;
        var inOther = (await CreateAsync(other, "Tin xã khác", publish: true, mark)).Id;

        Assert.Equal(new[] { inCommune, inDistrict }.Order(), await ItemsAsync(SiteScope.Subtree(district.Id), mark));
        Assert.Equal(new[] { inCommune, inDistrict, inOther }.Order(), await ItemsAsync(SiteScope.Subtree(site.Tenant(Demo.Province).Id), mark));
        Assert.Equal(new[] { inCommune, inOther }.Order(), await ItemsAsync(SiteScope.Sites([commune.Id, other.Id]), mark));
        Assert.Equal([inOther], await ItemsAsync(SiteScope.Site(other.Id), mark));

        var counts = await site.InTenantAsync(null, services =>
        {
            var index = services.GetRequiredService<IContentIndex<ContentCategoryIndex>>();
            return index.CountBySiteAsync(index.Query(SiteScope.Subtree(district.Id)).Where(r => r.CategorySlug == mark));
        });
        Assert.Equal(new Dictionary<int, int> { [district.Id] = 1, [commune.Id] = 1 }, counts);

        // The other district's commune moves under Bỉm Sơn: the district's subtree has it at once, rows unchanged.
        var moved = await site.Services.GetRequiredService<TenantTreeService>().MoveAsync(other.Name, district.Name, dryRun: false);
        Assert.True(moved.Succeeded, string.Join(" ", moved.Errors.Values));
        Assert.Equal(new[] { inCommune, inDistrict, inOther }.Order(), await ItemsAsync(SiteScope.Subtree(district.Id), mark));
        var formerDistrict = other.ParentId!.Value;
        Assert.Empty(await ItemsAsync(SiteScope.Subtree(formerDistrict), mark));
        Assert.Equal(await ParentChainsAsync(), await ClosureAsync());
    }

    [Fact]
    public async Task Content_shared_downward_is_read_by_the_sites_below_without_copies_and_follows_moves()
    {
        var province = site.Tenant(Demo.Province);
        var district = await CreateSiteAsync("Thị xã Chia Sẻ", "district", province);
        var commune = await CreateSiteAsync("Phường Chia Sẻ", "commune", district);
        var sibling = await CreateSiteAsync("Phường Bên Cạnh", "commune", district);
        var mark = "chia-se-" + Guid.NewGuid().ToString("N")[..8];
        var forCommunes = (await CreateAsync(province, "Bộ thủ tục hành chính cấp xã", publish: true, mark,
            new SharingPart { SharedDownward = true, Levels = ["commune"] })).Id;
        var forAll = (await CreateAsync(district, "Văn bản chỉ đạo của thị xã", publish: true, mark, new SharingPart { SharedDownward = true })).Id;
        var notShared = (await CreateAsync(district, "Tin nội bộ của thị xã", publish: true, mark)).Id;
        var own = (await CreateAsync(commune, "Tin của phường", publish: true, mark)).Id;
        var siblings = (await CreateAsync(sibling, "Tin của phường bên cạnh", publish: true, mark, new SharingPart { SharedDownward = true })).Id;

        var visible = await RowsFromAsync(commune, mark);
        Assert.Equal(new[] { (forCommunes, province.Id), (forAll, district.Id), (own, commune.Id) }.Order(), visible);
        // The district is not a commune: the province's item for communes is not among its rows.
        Assert.Equal(new[] { (forAll, district.Id), (notShared, district.Id) }.Order(), await RowsFromAsync(district, mark));
        Assert.Equal(1, await site.InTenantAsync(commune, services =>
            services.GetRequiredService<GovCms.Data.GovCmsDbContext>().Set<ContentItemRecord>().IgnoreQueryFilters().CountAsync(i => i.Id == forCommunes)));
        _ = siblings;

        // The commune moves directly under the province: the district's sharing no longer reaches it.
        var moved = await site.Services.GetRequiredService<TenantTreeService>().MoveAsync(commune.Name, province.Name, dryRun: false);
        Assert.True(moved.Succeeded, string.Join(" ", moved.Errors.Values));
        Assert.Equal(new[] { (forCommunes, province.Id), (own, commune.Id) }.Order(), await RowsFromAsync(site.Catalog.Find(commune.Id)!, mark));

        // Unsharing takes effect with the version that is published.
        await InContentAsync(province, async c =>
        {
            var item = (await c.GetAsync(forCommunes))!;
            item.Apply(new SharingPart { SharedDownward = false });
            var saved = await c.UpdateAsync(item);
            return await c.PublishAsync(forCommunes, saved.Value!.ConcurrencyStamp);
        });
        Assert.Equal([(own, commune.Id)], await RowsFromAsync(site.Catalog.Find(commune.Id)!, mark));
    }

    [Fact]
    public async Task Retiring_a_site_moves_its_index_rows_to_the_successor()
    {
        var district = await CreateSiteAsync("Huyện Sáp Nhập", "district", site.Tenant(Demo.Province));
        var successor = await CreateSiteAsync("Phường Mới Sáp Nhập", "commune", district);
        var retiring = await CreateSiteAsync("Phường Cũ Sáp Nhập", "commune", district);
        var mark = "sap-nhap-" + Guid.NewGuid().ToString("N")[..8];
        var id = (await CreateAsync(retiring, "Tin trước sáp nhập", publish: true, mark)).Id;

        var retired = await site.Services.GetRequiredService<TenantTreeService>().RetireAsync([retiring.Name], successor.Name, RetiredUsers.Move, dryRun: false);
        Assert.True(retired.Succeeded, string.Join(" ", retired.Errors.Values));
        Assert.Equal([id], await ItemsAsync(SiteScope.Site(successor.Id), mark));
        Assert.Empty(await ItemsAsync(SiteScope.Site(retiring.Id), mark));
        Assert.Equal([id], await ItemsAsync(SiteScope.Subtree(district.Id), mark));
    }

    [Fact]
    public async Task The_upgrade_fills_the_closure_table_from_the_parent_links()
    {
        var expected = await ParentChainsAsync();
        Assert.Equal(expected, await ClosureAsync());
        await site.InTenantAsync(null, async services =>
        {
            var db = services.GetRequiredService<GovCms.Data.GovCmsDbContext>();
            await db.Set<TenantAncestry>().ExecuteDeleteAsync();
            return await db.Database.ExecuteSqlRawAsync(TenantTree.FillSql);
        });
        Assert.Equal(expected, await ClosureAsync());
    }

    [Fact]
    public async Task Paging_far_past_the_end_is_an_empty_page_and_code_runs_as_another_site()
    {
        var commune = site.Tenant(Demo.Commune);
        var page = await site.InTenantAsync(null, services =>
        {
            var index = services.GetRequiredService<IContentIndex<ContentCategoryIndex>>();
            return index.PageAsync(index.Query(SiteScope.Subtree(site.Tenant(Demo.Province).Id), IndexedVersion.Latest).OrderBy(r => r.Id), int.MaxValue, int.MaxValue);
        });
        Assert.Empty(page.Items);
        Assert.Equal((int.MaxValue, Paging.MaxPageSize), (page.Page, page.Size));
        Assert.True(page.Total > 0);

        var ranAs = await site.InTenantAsync(site.Tenant(Demo.District), services =>
            services.GetRequiredService<ITenantScopes>().RunInAsync(commune.Id, inner =>
                Task.FromResult(inner.GetRequiredService<ICurrentTenant>().Tenant!.Id)));
        Assert.Equal(commune.Id, ranAs);
    }

    [Fact]
    public async Task A_query_of_the_current_site_composed_with_another_set_keeps_that_set_to_the_site()
    {
        var commune = site.Tenant(Demo.Commune);
        var mark = "ghep-" + Guid.NewGuid().ToString("N")[..8];
        await CreateAsync(commune, "Bài của xã", publish: true, mark);
        await CreateAsync(site.Tenant(Demo.District), "Bài của huyện", publish: true, mark);

        var (own, composed) = await site.InTenantAsync(commune, async services =>
        {
            var db = services.GetRequiredService<GovCms.Data.GovCmsDbContext>();
            var filed = services.GetRequiredService<IContentIndex<ContentCategoryIndex>>().Query(SiteScope.Site(commune.Id));
            var own = await db.Set<ContentVersionRecord>().Select(v => v.TenantId).Distinct().ToListAsync();
            // A version set composed with the site's index query: read past the site filter, it would list other sites' versions too.
            var composed = await db.Set<ContentVersionRecord>().Where(v => filed.Any(i => i.CategorySlug == mark)).Select(v => v.TenantId).Distinct().ToListAsync();
            return (own, composed);
        });

        Assert.Equal([commune.Id], own);
        Assert.Equal([commune.Id], composed);
    }

    private Task<TenantContext> CreateSiteAsync(string displayName, string level, TenantContext parent) =>
        site.InTenantAsync(null, async services =>
        {
            var created = await services.GetRequiredService<TenantService>().CreateAsync(new TenantCreateRequest
            {
                Name = "t" + Guid.NewGuid().ToString("N")[..10], DisplayName = displayName, Slug = VietnameseSlug(displayName),
                Level = level, ParentId = parent.Id, Features = [ContentsModule.Id],
            });
            Assert.True(created.Succeeded, string.Join(" ", created.Errors.Values));
            return created.Value!;
        });

    private Task<(string Id, string Stamp)> CreateAsync(TenantContext tenant, string title, bool publish, string category, SharingPart? sharing = null) =>
        site.InTenantAsync(tenant, async services =>
        {
            var content = services.GetRequiredService<IContentManager>();
            var item = content.New(ContentsModule.Article.Name);
            item.DisplayText = title;
            item.Slug = VietnameseSlug(title);
            item.Apply(new CategoriesPart { Categories = [category] });
            if (sharing is not null)
            {
                item.Apply(sharing);
            }

            var created = await content.CreateAsync(item, publish);
            Assert.True(created.Succeeded, string.Join(" ", created.Errors.Values));
            return (item.ContentItemId, created.Value!.ConcurrencyStamp);
        });

    private static string VietnameseSlug(string title) => GovCms.Text.VietnameseText.Slugify(title) + "-" + Guid.NewGuid().ToString("N")[..6];

    private Task<string> InContentAsync(TenantContext tenant, Func<IContentManager, Task<Outcome<ContentItem>>> operation) =>
        site.InTenantAsync(tenant, async services =>
        {
            var result = await operation(services.GetRequiredService<IContentManager>());
            Assert.True(result.Succeeded, string.Join(" ", result.Errors.Values));
            return result.Value?.ConcurrencyStamp ?? "";
        });

    private Task<List<(string, bool, bool)>> RowsAsync(TenantContext tenant, string id) =>
        site.InTenantAsync(tenant, async services =>
            (await services.GetRequiredService<GovCms.Data.GovCmsDbContext>().Set<ContentCategoryIndex>().Where(r => r.ContentItemId == id).ToListAsync())
                .Select(r => (r.CategorySlug, r.Latest, r.Published)).Order().ToList());

    private Task<List<string>> ItemsAsync(SiteScope scope, string category) =>
        site.InTenantAsync(null, async services =>
            (await services.GetRequiredService<IContentIndex<ContentCategoryIndex>>().Query(scope)
                .Where(r => r.CategorySlug == category).Select(r => r.ContentItemId).ToListAsync()).Order().ToList());

    private Task<List<(string, int)>> RowsFromAsync(TenantContext tenant, string category) =>
        site.InTenantAsync(tenant, async services =>
            (await services.GetRequiredService<IContentIndex<ContentCategoryIndex>>().Query(SiteScope.VisibleFrom(tenant.Id))
                .Where(r => r.CategorySlug == category).Select(r => new { r.ContentItemId, r.TenantId }).ToListAsync())
                .Select(r => (r.ContentItemId, r.TenantId)).Order().ToList());

    /// <summary>Every (ancestor, descendant, depth) the parent links give.</summary>
    private Task<List<(int, int, int)>> ParentChainsAsync() =>
        site.InTenantAsync(null, async services =>
        {
            var parents = await services.GetRequiredService<GovCms.Data.GovCmsDbContext>().Set<Tenant>().ToDictionaryAsync(t => t.Id, t => t.ParentId);
            var pairs = new List<(int, int, int)>();
            foreach (var id in parents.Keys)
            {
                for (int? at = id, depth = 0; at is int current; at = parents[current], depth++)
                {
                    pairs.Add((current, id, depth!.Value));
                }
            }

            return pairs.Order().ToList();
        });

    private Task<List<(int, int, int)>> ClosureAsync() =>
        site.InTenantAsync(null, async services =>
            (await services.GetRequiredService<GovCms.Data.GovCmsDbContext>().Set<TenantAncestry>().ToListAsync())
                .Select(a => (a.AncestorId, a.DescendantId, a.Depth)).Order().ToList());
}

public sealed class TenantTreeOnSqlite(SqliteSite site) : TenantTreeTests(site), IClassFixture<SqliteSite>;

public sealed class TenantTreeOnPostgreSql(PostgreSqlSite site) : TenantTreeTests(site), IClassFixture<PostgreSqlSite>;

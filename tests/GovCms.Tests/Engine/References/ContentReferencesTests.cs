using System.Net;
using GovCms.Content;
using GovCms.Content.Fields;
using GovCms.Data;
using GovCms.Media;
using GovCms.Tenants;
using GovCms.Tests.Infrastructure;
using GovCms.Tests.Media;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tests.Engine.References;

/// <summary>
/// The references table (<see cref="ContentReference"/>) follows every change of an item in the same save, and the
/// media library's where-used, its refusal to delete a file in use and the two ends of a link read it.
/// </summary>
public abstract class ContentReferencesTests(GovCmsSite site)
{
    [Fact]
    public async Task References_follow_save_publish_unpublish_and_delete_and_guard_the_files_they_name()
    {
        const string slug = Demo.SiblingCommune;
        var tenant = site.Tenant(slug);
        var (attached, inBody, later) = await site.InTenantAsync(tenant, async services =>
        {
            var library = services.GetRequiredService<IMediaLibrary>();
            return ((await library.UploadAsync(new MemoryStream(MediaFixtures.Pdf()), "Quyết định 01.pdf")).Value!,
                (await library.UploadAsync(new MemoryStream(MediaFixtures.Pdf()), "Phụ lục.pdf")).Value!,
                (await library.UploadAsync(new MemoryStream(MediaFixtures.Png()), "Sơ đồ.png")).Value!);
        });
        var old = await CreateAsync(tenant, "Quyết định cũ về lịch tiếp dân", new DecisionPart(), publish: true);
        var decision = await CreateAsync(tenant, "Quyết định 01 về lịch tiếp dân", new DecisionPart
        {
            Files = [attached.Url],
            Body = $"Xem [phụ lục]({inBody.Url}); [một tệp của trang khác](https://example.com/media/x.pdf) không phải của thư viện.",
            Replaces = [new ContentLink(old.ContentItemId)],
        }, publish: false);
        var (a, b, c) = (MediaPath(attached), MediaPath(inBody), MediaPath(later));

        Assert.Equal(Sorted(("link", old.ContentItemId, true, false), ("media", a, true, false), ("media", b, true, false)),
            await RowsAsync(tenant, decision.ContentItemId));

        decision = await ChangeAsync(tenant, m => m.PublishAsync(decision.ContentItemId, decision.ConcurrencyStamp));
        Assert.Equal(Sorted(("link", old.ContentItemId, true, true), ("media", a, true, true), ("media", b, true, true)),
            await RowsAsync(tenant, decision.ContentItemId));

        // A draft over the live version: the published version's files stay in use until it is replaced.
        var draft = decision.Apply(new DecisionPart { Files = [later.Url] });
        decision = await ChangeAsync(tenant, m => m.UpdateAsync(draft));
        Assert.Equal(Sorted(("link", old.ContentItemId, false, true), ("media", a, false, true), ("media", b, false, true), ("media", c, true, false)),
            await RowsAsync(tenant, decision.ContentItemId));

        using var admin = await site.SignedInAsync(slug, Demo.Administrator(slug));
        var api = $"/{slug}/api/admin/media";
        var files = (await admin.GetJsonAsync($"{api}?pageSize=100"))!["files"]!.AsArray();
        foreach (var file in new[] { attached, inBody, later })
        {
            var usedBy = files.Single(f => SiteClient.Field(f, "url") == file.Url)!["usedBy"]!.AsArray();
            Assert.Equal((decision.ContentItemId, "Quyết định 01 về lịch tiếp dân"), (SiteClient.Field(Assert.Single(usedBy), "id"), SiteClient.Field(usedBy[0], "title")));
        }

        var refused = await admin.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Delete, $"{api}/{inBody.Id}");
        Assert.Contains("nội dung \"Quyết định 01 về lịch tiếp dân\"", refused!["detail"]!.GetValue<string>());

        decision = await ChangeAsync(tenant, m => m.UnpublishAsync(decision.ContentItemId, decision.ConcurrencyStamp));
        Assert.Equal(Sorted(("media", c, true, false)), await RowsAsync(tenant, decision.ContentItemId));
        await admin.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Delete, $"{api}/{inBody.Id}");
        await admin.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Delete, $"{api}/{later.Id}");

        await ChangeAsync(tenant, m => m.RemoveAsync(decision.ContentItemId, decision.ConcurrencyStamp));
        Assert.Empty(await RowsAsync(tenant, decision.ContentItemId));
        await admin.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Delete, $"{api}/{later.Id}");
        await admin.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Delete, $"{api}/{attached.Id}");
    }

    [Fact]
    public async Task A_link_is_seen_from_the_other_end_by_its_inverse_until_the_latest_version_drops_it()
    {
        var tenant = site.Tenant(Demo.OtherDistrictCommune);
        var old = await CreateAsync(tenant, "Quyết định 05 năm 2024", new DecisionPart(), publish: true);
        var replacing = await CreateAsync(tenant, "Quyết định 07 năm 2026", new DecisionPart { Replaces = [new ContentLink(old.ContentItemId)] }, publish: true);

        Assert.Equal([new ContentRelation("bị thay thế bởi", replacing.ContentItemId, "Quyết định 07 năm 2026", "Decision", true) { Incoming = true }], await RelationsAsync(tenant, old.ContentItemId));
        Assert.Equal([new ContentRelation("thay thế", old.ContentItemId, "Quyết định 05 năm 2024", "Decision", true)], await RelationsAsync(tenant, replacing.ContentItemId));

        // Deleting the old one leaves the link dangling on the new one.
        await ChangeAsync(tenant, m => m.RemoveAsync(old.ContentItemId, old.ConcurrencyStamp));
        Assert.Equal([new ContentRelation("thay thế", old.ContentItemId, null, null, false)], await RelationsAsync(tenant, replacing.ContentItemId));

        var other = await CreateAsync(tenant, "Quyết định 02 năm 2025", new DecisionPart(), publish: true);
        var relinked = replacing.Apply(new DecisionPart { Replaces = [new ContentLink(other.ContentItemId)] });
        replacing = await ChangeAsync(tenant, m => m.UpdateAsync(relinked));
        Assert.Equal([new ContentRelation("bị thay thế bởi", replacing.ContentItemId, "Quyết định 07 năm 2026", "Decision", true) { Incoming = true }], await RelationsAsync(tenant, other.ContentItemId));
        Assert.Equal([new ContentRelation("thay thế", other.ContentItemId, "Quyết định 02 năm 2025", "Decision", true)], await RelationsAsync(tenant, replacing.ContentItemId));

        await ChangeAsync(tenant, m => m.RemoveAsync(replacing.ContentItemId, replacing.ConcurrencyStamp));
        Assert.Empty(await RelationsAsync(tenant, other.ContentItemId));
    }

    [Fact]
    public async Task Items_of_a_database_made_before_the_table_get_their_references_at_startup()
    {
        var tenant = site.Tenant(Demo.District);
        var file = await site.InTenantAsync(tenant, async services =>
            (await services.GetRequiredService<IMediaLibrary>().UploadAsync(new MemoryStream(MediaFixtures.Pdf()), "Kế hoạch.pdf")).Value!);
        var target = await CreateAsync(tenant, "Kế hoạch năm 2025", new DecisionPart(), publish: true);
        var item = await CreateAsync(tenant, "Kế hoạch năm 2026", new DecisionPart { Body = $"[Toàn văn]({file.Url})", Replaces = [new ContentLink(target.ContentItemId)] }, publish: true);
        var draft = item.Apply(new DecisionPart { Files = [file.Url], Replaces = [new ContentLink(target.ContentItemId)] });
        item = await ChangeAsync(tenant, m => m.UpdateAsync(draft));
        var kept = await RowsAsync(tenant, item.ContentItemId);
        Assert.Equal(4, kept.Count);

        // What the migration leaves on a database of the previous release: no references, every item marked.
        await site.InTenantAsync(null, async services =>
        {
            var db = services.GetRequiredService<GovCmsDbContext>();
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"ContentReferences\"");
            await db.Database.ExecuteSqlRawAsync(ContentReferenceFill.MarkSql(site.Provider));
            return true;
        });
        Assert.Empty(await RelationsAsync(tenant, target.ContentItemId));
        Assert.Empty(await UsagesAsync(tenant, file.Url));

        await site.InTenantAsync(null, async services =>
        {
            await ContentReferenceFill.RunAsync(services);
            return true;
        });

        Assert.Equal(kept, await RowsAsync(tenant, item.ContentItemId));
        Assert.Equal("Kế hoạch năm 2026", Assert.Single(await UsagesAsync(tenant, file.Url)).Title);
        Assert.Equal("bị thay thế bởi", Assert.Single(await RelationsAsync(tenant, target.ContentItemId)).Relation);
        var pending = await site.InTenantAsync(null, services => services.GetRequiredService<ITenantScopes>()
            .Query<ContentReference>(SiteScope.Everywhere).CountAsync(r => r.Kind == ContentReferenceKinds.Pending));
        Assert.Equal(0, pending);
    }

    private static List<(string Kind, string Target, bool Latest, bool Published)> Sorted(params (string, string, bool, bool)[] rows) => [.. rows.Order()];

    private static string MediaPath(MediaFileInfo file) => file.Url[(file.Url.IndexOf("/media/", StringComparison.Ordinal) + "/media/".Length)..];

    private async Task<ContentItem> CreateAsync(TenantContext tenant, string title, DecisionPart part, bool publish) =>
        await ChangeAsync(tenant, manager =>
        {
            var item = manager.New(DecisionTypes.Decision.Name);
            item.DisplayText = title;
            item.Apply(part);
            return manager.CreateAsync(item, publish);
        });

    private Task<ContentItem> ChangeAsync(TenantContext tenant, Func<IContentManager, Task<Outcome<ContentItem>>> change) =>
        site.InTenantAsync(tenant, async services =>
        {
            var manager = services.GetRequiredService<IContentManager>();
            var outcome = await change(manager);
            Assert.True(outcome.Succeeded, outcome.Message);
            return await manager.GetAsync(outcome.Value!.ContentItemId) ?? outcome.Value;
        });

    private Task<List<(string Kind, string Target, bool Latest, bool Published)>> RowsAsync(TenantContext tenant, string itemId) =>
        site.InTenantAsync(tenant, async services =>
            (await services.GetRequiredService<GovCmsDbContext>().Set<ContentReference>().Where(r => r.FromItemId == itemId).ToListAsync())
            .Select(r => (r.Kind, r.Target, r.Latest, r.Published)).Order().ToList());

    private Task<IReadOnlyList<ContentRelation>> RelationsAsync(TenantContext tenant, string itemId) =>
        site.InTenantAsync(tenant, services => services.GetRequiredService<IContentRelations>().OfAsync(itemId));

    private Task<IReadOnlyList<MediaUsage>> UsagesAsync(TenantContext tenant, string url) =>
        site.InTenantAsync(tenant, async services => (await services.GetRequiredService<IMediaLibrary>().UsagesAsync([url]))[url]);
}

public sealed class ContentReferencesOnSqlite(ReferencesSqliteSite site) : ContentReferencesTests(site), IClassFixture<ReferencesSqliteSite>;

public sealed class ContentReferencesOnPostgreSql(ReferencesPostgreSqlSite site) : ContentReferencesTests(site), IClassFixture<ReferencesPostgreSqlSite>;

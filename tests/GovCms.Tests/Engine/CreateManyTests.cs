using GovCms.Content;
using GovCms.Contents;
using GovCms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tests.Engine;

/// <summary>Several new items in one save (an import's rows): all of them or none, each checked as on its own.</summary>
public abstract class CreateManyTests(GovCmsSite site)
{
    private const string Commune = Demo.OtherDistrictCommune;

    [Fact]
    public async Task Items_created_together_are_stored_with_their_index_rows_and_published()
    {
        var ids = await site.InTenantAsync(site.Tenant(Commune), async services =>
        {
            var content = services.GetRequiredService<IContentManager>();
            var items = Enumerable.Range(1, 30).Select(n => Article(content, $"Thông báo lô {n} ngày hội")).ToList();
            var outcome = await content.CreateManyAsync(items, publish: true);
            Assert.True(outcome.Succeeded, outcome.Message);
            Assert.Equal(30, outcome.Value!.Count);
            return items.Select(i => i.ContentItemId).ToList();
        });

        var stored = await site.InTenantAsync(site.Tenant(Commune), async services =>
        {
            var db = services.GetRequiredService<GovCms.Data.GovCmsDbContext>();
            var content = services.GetRequiredService<IContentManager>();
            return (Items: await db.Set<ContentItemRecord>().CountAsync(i => ids.Contains(i.Id) && i.PublishedVersion == 1),
                First: await content.GetPublishedBySlugAsync(ContentsModule.Article.Name, "thong-bao-lo-1-ngay-hoi"));
        });
        Assert.Equal(30, stored.Items);
        Assert.Equal("Thông báo lô 1 ngày hội", stored.First?.DisplayText);
    }

    [Fact]
    public async Task One_invalid_item_stores_none_and_is_the_one_reported()
    {
        var (outcome, bad, stored) = await site.InTenantAsync(site.Tenant(Commune), async services =>
        {
            var content = services.GetRequiredService<IContentManager>();
            var items = new List<ContentItem> { Article(content, "Lịch tiếp dân tháng một"), Article(content, "   "), Article(content, "Lịch tiếp dân tháng hai") };
            var outcome = await content.CreateManyAsync(items, publish: false);
            var db = services.GetRequiredService<GovCms.Data.GovCmsDbContext>();
            var ids = items.Select(i => i.ContentItemId).ToList();
            return (outcome, items[1], await db.Set<ContentItemRecord>().CountAsync(i => ids.Contains(i.Id)));
        });

        Assert.False(outcome.Succeeded);
        Assert.Same(bad, Assert.Single(outcome.Value!));
        Assert.Equal("Vui lòng nhập tiêu đề.", outcome.Errors["displayText"]);
        Assert.Equal(0, stored);
    }

    [Fact]
    public async Task A_slug_taken_by_an_earlier_item_of_the_same_call_is_refused_before_the_database_is_asked()
    {
        var (outcome, second) = await site.InTenantAsync(site.Tenant(Commune), async services =>
        {
            var content = services.GetRequiredService<IContentManager>();
            var items = new List<ContentItem> { Article(content, "Kế hoạch phòng chống lụt bão"), Article(content, "Kế hoạch phòng chống lụt bão") };
            return (await content.CreateManyAsync(items, publish: false), items[1]);
        });

        Assert.Equal(OutcomeFailure.Invalid, outcome.Failure);
        Assert.Same(second, Assert.Single(outcome.Value!));
        Assert.Contains("ke-hoach-phong-chong-lut-bao", outcome.Errors["slug"]);
    }

    private static ContentItem Article(IContentManager content, string title)
    {
        var item = content.New(ContentsModule.Article.Name);
        item.DisplayText = title;
        return item;
    }
}

public sealed class CreateManyOnSqlite(SqliteSite site) : CreateManyTests(site), IClassFixture<SqliteSite>;

public sealed class CreateManyOnPostgreSql(PostgreSqlSite site) : CreateManyTests(site), IClassFixture<PostgreSqlSite>;

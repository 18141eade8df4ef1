using GovCms.Content;
using GovCms.Contents;
using GovCms.Contents.Categories;
using GovCms.Data;
using GovCms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tests.Engine;

/// <summary>A module's handler that refuses to publish embargoed items and fails on broken ones.</summary>
internal sealed class EmbargoHandler : IContentHandler
{
    public Task PublishingAsync(CancellableContentContext context)
    {
        if (context.Item.DisplayText.Contains("[cấm]", StringComparison.Ordinal))
        {
            context.Cancel("Bài đang trong thời gian cấm đăng.");
        }

        return Task.CompletedTask;
    }

    public Task PublishedAsync(ContentContext context) =>
        context.Item.DisplayText.Contains("[lỗi]", StringComparison.Ordinal)
            ? throw new InvalidOperationException("Handler failed after the index was written.")
            : Task.CompletedTask;
}

public sealed class EmbargoSite : SqliteSite
{
    protected override void ConfigureTestServices(IServiceCollection services) => services.AddScoped<IContentHandler, EmbargoHandler>();
}

public sealed class ContentHandlerTests(EmbargoSite site) : IClassFixture<EmbargoSite>
{
    [Fact]
    public async Task A_publishing_handler_can_cancel_and_the_item_stays_a_draft()
    {
        var result = await site.InTenantAsync(site.Tenant(Demo.Commune), async services =>
        {
            var content = services.GetRequiredService<IContentManager>();
            var item = content.New(ContentsModule.Article.Name);
            item.DisplayText = "Kết quả kỳ thi [cấm]";
            var created = await content.CreateAsync(item, publish: false);
            var publish = await content.PublishAsync(item.ContentItemId, created.Value!.ConcurrencyStamp);
            return (publish, stored: await content.GetAsync(item.ContentItemId));
        });

        Assert.Equal(OutcomeFailure.Cancelled, result.publish.Failure);
        Assert.Equal("Bài đang trong thời gian cấm đăng.", result.publish.Errors["publish"]);
        Assert.False(result.stored!.Published);
        Assert.Null(result.stored.PublishedVersion);
    }

    [Fact]
    public async Task Index_rows_are_written_with_the_item_or_not_at_all()
    {
        var tenant = site.Tenant(Demo.Commune);
        var (failedId, savedId) = await site.InTenantAsync(tenant, async services =>
        {
            var content = services.GetRequiredService<IContentManager>();
            var broken = content.New(ContentsModule.Article.Name);
            broken.DisplayText = "Bài hỏng [lỗi]";
            broken.Apply(new CategoriesPart { Categories = ["tin-tuc-su-kien"] });
            await Assert.ThrowsAsync<InvalidOperationException>(() => content.CreateAsync(broken, publish: true));

            var good = content.New(ContentsModule.Article.Name);
            good.DisplayText = "Bài tốt có chuyên mục";
            good.Apply(new CategoriesPart { Categories = ["tin-tuc-su-kien"] });
            Assert.True((await content.CreateAsync(good, publish: true)).Succeeded);
            return (broken.ContentItemId, good.ContentItemId);
        });

        var (items, indexed) = await site.InTenantAsync(tenant, async services =>
        {
            var db = services.GetRequiredService<GovCmsDbContext>();
            var ids = new[] { failedId, savedId };
            return (await db.Set<ContentItemRecord>().Where(i => ids.Contains(i.Id)).Select(i => i.Id).ToListAsync(),
                await db.Set<ContentCategoryIndex>().Where(i => ids.Contains(i.ContentItemId)).Select(i => i.ContentItemId).ToListAsync());
        });
        Assert.Equal([savedId], items);
        Assert.Equal([savedId], indexed);
    }
}

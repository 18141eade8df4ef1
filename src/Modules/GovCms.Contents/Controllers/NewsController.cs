using GovCms.Content;
using GovCms.Contents.Categories;
using GovCms.Contents.Public;
using GovCms.Hosting;
using GovCms.Tenants;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace GovCms.Contents.Controllers;

/// <summary>/tin-tuc: the news, newest first, and one article.</summary>
[OutputCache(PolicyName = PortalCaching.PolicyName)]
public sealed class NewsController(
    IContentManager content, CategoryService categories, ICurrentTenant current, PortalFragments fragments, ISiteSettings<ContentsSettings> settings) : Controller
{
    private const int RelatedCount = 5;

    [HttpGet("tin-tuc")]
    public async Task<IActionResult> NewsList(int page = 1, CancellationToken cancellationToken = default)
    {
        var result = await content.ListPublishedAsync(new ContentQuery(ContentsModule.Article.Name, Page: page, PageSize: settings.Value.PageSize), cancellationToken);
        if (page < 1 || page > result.PageCount)
        {
            return NotFound();
        }

        var title = ContentsModule.Article.DisplayName;
        var items = result.Items.Select(item => PublishedItem.From(item, ContentsModule.Article)).ToList();
        return View("Listing", new ListingViewModel(title, [new("Trang chủ", "/"), new(title)], items, result));
    }

    /// <summary>The newest items of a category (or the newest news), one more than shown: the article itself is left out of them.</summary>
    private async Task<IReadOnlyList<ItemLink>> NewestAsync(string? category, CancellationToken cancellationToken) =>
        category is not null
            ? PublishedLinks.From(await categories.LatestRowsAsync(category, "", RelatedCount + 1, cancellationToken), content)
            : (await content.LatestPublishedAsync(ContentsModule.Article.Name, RelatedCount + 1, cancellationToken))
                .Select(other => new ItemLink(other.DisplayText, $"/{ContentsModule.Article.RoutePrefix}/{other.Slug}", other.PublishedUtc ?? other.CreatedUtc))
                .ToList();

    /// <summary>The published version by its slug (a draft or an unknown slug is 404), its categories and related news.</summary>
    [HttpGet("tin-tuc/{slug}")]
    public async Task<IActionResult> Article(string slug, CancellationToken cancellationToken)
    {
        var article = await fragments.GetOrCreateAsync(current.Required, $"article:{slug}", async () =>
            await content.GetPublishedBySlugAsync(ContentsModule.Article.Name, slug, cancellationToken) is { } item
                ? PublishedItem.From(item, ContentsModule.Article)
                : null, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

        var named = (await categories.NamedAsync(article.Categories.ToList(), cancellationToken))
            .Where(c => c.Slug != ContentsModule.FeaturedCategory)
            .ToList();
        var section = named.FirstOrDefault()?.Slug;
        var related = (await fragments.GetOrCreateAsync(current.Required, $"related:{section}", () => NewestAsync(section, cancellationToken), cancellationToken))
            .Where(link => link.Href != article.Href)
            .Take(RelatedCount)
            .ToList();
        return View(new ArticleViewModel(article, named, related));
    }
}

using GovCms.Content;
using GovCms.Content.Fields;
using GovCms.Content.Parts;
using GovCms.Contents.Categories;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Contents.Parts;

/// <summary>The parts of news and pages, registered by this module for its types and for any other module's.</summary>
internal static class NewsParts
{
    public static IServiceCollection AddNewsParts(this IServiceCollection services)
    {
        services.AddContentPart<SummaryPart>("Tóm tắt");
        services.AddContentPart<MarkdownBodyPart>("Nội dung");
        services.AddContentPart<ImagePart, ImagePartHandler>("Ảnh đại diện", editorPartial: "Parts/_ImagePart", displayPartial: "Display/Parts/_ImagePart");
        services.AddContentPart<CategoriesPart>("Chuyên mục");
        services.AddContentPart<PublishDatePart, PublishDatePartHandler>("Ngày đăng");
        services.AddScoped<IContentTermSource, CategoryTerms>();
        return services;
    }
}

/// <summary>An image needs its description, for people who do not see it.</summary>
internal sealed class ImagePartHandler : ContentPartHandler<ImagePart>
{
    public override Task PrepareAsync(ImagePart part, ContentPartContext context)
    {
        part.Url = string.IsNullOrWhiteSpace(part.Url) ? null : part.Url;
        part.Alt = part.Url is null ? null : part.Alt;
        if (part.Url is not null && string.IsNullOrWhiteSpace(part.Alt))
        {
            context.Fail(nameof(ImagePart.Alt), "Vui lòng mô tả ngắn nội dung ảnh cho người không xem được ảnh.");
        }

        return Task.CompletedTask;
    }
}

/// <summary>"Ngày đăng" is the date listings sort by; without it, the first publication.</summary>
internal sealed class PublishDatePartHandler : ContentPartHandler<PublishDatePart>
{
    public override DateTime? SortDateUtc(PublishDatePart part) => part.DateUtc;
}

/// <summary>The site's categories as the taxonomy "categories" of terms fields.</summary>
internal sealed class CategoryTerms(CategoryService categories) : IContentTermSource
{
    public string Taxonomy => "categories";

    public async Task<IReadOnlyList<ContentTerm>> ListAsync(CancellationToken cancellationToken = default) =>
        (await categories.ListAsync(cancellationToken)).Select(c => new ContentTerm(c.Slug, c.Name)).ToList();
}

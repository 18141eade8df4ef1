using GovCms.Content;
using GovCms.Contents.Categories;
using GovCms.Contents.Endpoints;
using GovCms.Contents.Parts;
using GovCms.Contents.Public;
using GovCms.Contents.Recipes;
using GovCms.Data;
using GovCms.Modules;
using GovCms.Recipes;
using GovCms.Security;
using GovCms.Sitemaps;
using GovCms.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Contents;

/// <summary>News articles (tin tức) and pages, with categories.</summary>
public sealed class ContentsModule : Module
{
    public const string Id = "Contents";

    public static readonly ContentTypeDefinition Article = new("Article", "Tin tức",
        [nameof(SummaryPart), nameof(MarkdownBodyPart), nameof(ImagePart), nameof(CategoriesPart), nameof(PublishDatePart)], "tin-tuc")
    {
        Settings = new ContentTypeSettings { OwnPublicPages = true },
    };

    public static readonly ContentTypeDefinition Page = new("Page", "Trang",
        [nameof(SummaryPart), nameof(MarkdownBodyPart), nameof(ImagePart)], "trang")
    {
        Settings = new ContentTypeSettings { OwnPublicPages = true },
    };

    /// <summary>The content admin's permissions (write, publish, delete) are the engine's: <see cref="ContentPermissions"/>.</summary>
    public const string ManageCategories = "Contents.ManageCategories";

    /// <summary>Items an editor puts in this category show as featured news on the home page.</summary>
    public const string FeaturedCategory = "tin-noi-bat";

    public override ModuleManifest Manifest { get; } = new(Id, "Tin tức và trang", "Bài viết tin tức, trang nội dung và chuyên mục.");

    public override IEnumerable<ContentTypeDefinition> ContentTypes => [Article, Page];

    public override IEnumerable<string> RouteSegments => ["chuyen-muc", "tim-kiem", "rss.xml"];

    public override IEnumerable<Permission> Permissions =>
    [
        new(ManageCategories, "Quản lý chuyên mục", BuiltInRoles.Approver),
    ];

    public override IEnumerable<AdminMenuItem> AdminMenu =>
    [
        new("Tin tức", "content?type=Article", ContentPermissions.Edit, 10, "Nội dung"),
        new("Trang", "content?type=Page", ContentPermissions.Edit, 20, "Nội dung"),
        new("Chuyên mục", "categories", ManageCategories, 30, "Nội dung"),
    ];

    public override IEnumerable<DashboardWidget> DashboardWidgets => [new("ContentSummary", ContentPermissions.Edit, 10)];

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddNewsParts();
        services.AddSiteSettings<ContentsSettings>(ContentsSettings.Section, "Tin tức và trang");
        services.AddSingleton<IModelContributor, CategoryModel>();
        services.AddCategoryIndex();
        services.AddScoped<CategoryService>();
        services.AddScoped<PublicSearch>();
        services.AddSitemapContributor<ContentsSitemap>();
        services.AddRecipeStep<CategoriesStep>();
        services.AddRecipeStepSchema<CategoriesStep>("categories");
        services.AddRecipeStepPermission("categories", ManageCategories);
        services.AddScoped<IRecipeExportContributor, CategoriesExport>();
        services.AddScoped<ITenantRetirementHandler, CategoryRetirement>();
    }

    public override void MapEndpoints(ModuleEndpoints endpoints)
    {
        CategoryAdminApi.Map(endpoints.AdminApi);
    }
}

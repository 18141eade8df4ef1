using GovCms.Content;
using GovCms.Contents;
using GovCms.Contents.Categories;
using GovCms.Security;
using GovCms.Tenants;

namespace GovCms.Web.Demo;

/// <summary>
/// On an empty database, builds the demo network: one province, two districts, two communes in each,
/// with Vietnamese sample news and pages, and one administrator and one author per site.
/// </summary>
public sealed class DemoNetwork
{
    public const string DefaultPassword = "GovCms@2026";

    private sealed record Unit(string Code, string Name, string Level, string? ParentCode);

    private static readonly Unit[] Units =
    [
        new("38", "Tỉnh Thanh Hóa", "province", null),
        new("395", "Huyện Thọ Xuân", "district", "38"),
        new("15493", "Xã Xuân Hồng", "commune", "395"),
        new("15499", "Thị trấn Thọ Xuân", "commune", "395"),
        new("381", "Thị xã Bỉm Sơn", "district", "38"),
        new("14821", "Phường Đông Sơn", "commune", "381"),
        new("14824", "Phường Lam Sơn", "commune", "381"),
    ];

    public static async Task EnsureAsync(IServiceProvider services, ILogger logger, string password)
    {
        var catalog = services.GetRequiredService<ITenantCatalog>();
        if (catalog.Count > 0)
        {
            return;
        }

        logger.LogInformation("Empty database: provisioning the demo network ({Count} sites)", Units.Length);
        foreach (var unit in Units)
        {
            var parent = unit.ParentCode is null ? null : catalog.FindByName(unit.ParentCode);
            var tenant = await CreateTenantAsync(services, unit, parent);
            await SeedSiteAsync(services, tenant, password);
        }
    }

    /// <summary>The sign-in names of the demo, as printed at start.</summary>
    public static IEnumerable<(TenantContext Tenant, string Administrator, string Author)> Logins(ITenantCatalog catalog) =>
        Units.Select(u => catalog.FindByName(u.Code)).OfType<TenantContext>()
            .Select(t => (t, AdministratorName(t), AuthorName(t)));

    private static string AdministratorName(TenantContext tenant) => $"quantri.{tenant.Slug}";

    private static string AuthorName(TenantContext tenant) => $"canbo.{tenant.Slug}";

    private static async Task<TenantContext> CreateTenantAsync(IServiceProvider services, Unit unit, TenantContext? parent)
    {
        await using var scope = services.CreateAsyncScope();
        var tenants = scope.ServiceProvider.GetRequiredService<TenantService>();
        var outcome = await tenants.CreateAsync(new TenantCreateRequest
        {
            Name = unit.Code,
            DisplayName = unit.Name,
            Level = unit.Level,
            ParentId = parent?.Id,
            UrlPrefix = parent is null ? "" : null,
            Features = [ContentsModule.Id, GovCms.Workflows.WorkflowsModule.Id],
            Settings = new Dictionary<string, string>
            {
                [SiteSettings.Address] = $"Trụ sở Ủy ban nhân dân {SiteIdentity.InSentence(unit.Name)}",
                [SiteSettings.Phone] = "0237 3 852 000",
                [SiteSettings.Email] = $"ubnd.{unit.Code}@thanhhoa.gov.vn",
                [SiteSettings.ResponsiblePerson] = $"Chánh Văn phòng Ủy ban nhân dân {SiteIdentity.InSentence(unit.Name)}",
                [SiteSettings.Licence] = $"Quyết định số 125/QĐ-UBND ngày 15/01/2026 về việc thành lập Cổng thông tin điện tử {SiteIdentity.InSentence(unit.Name)}.",
            },
        });
        if (outcome.Succeeded)
        {
            outcome = await tenants.SetMenuAsync(outcome.Tenant!.Id, DemoMenu.Entries);
        }

        return outcome.Succeeded
            ? outcome.Tenant!
            : throw new InvalidOperationException($"Demo site {unit.Name}: {string.Join(" ", outcome.Errors.Values)}");
    }

    private static async Task SeedSiteAsync(IServiceProvider services, TenantContext tenant, string password)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Set(tenant);
        var users = scope.ServiceProvider.GetRequiredService<UserAdminService>();
        await CreateUserAsync(users, AdministratorName(tenant), $"Quản trị {tenant.DisplayName}", password, BuiltInRoles.Administrator);
        await CreateUserAsync(users, AuthorName(tenant), $"Cán bộ {tenant.DisplayName}", password, BuiltInRoles.Author);

        var categories = scope.ServiceProvider.GetRequiredService<CategoryService>();
        var order = 0;
        foreach (var (name, slug) in DemoMenu.Categories)
        {
            await categories.CreateAsync(name, slug, ++order);
        }

        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        foreach (var sample in DemoContent.For(tenant))
        {
            var item = content.New(sample.Type);
            item.DisplayText = sample.Title;
            item.Apply(new SummaryPart { Text = sample.Summary }).Apply(new MarkdownBodyPart { Markdown = sample.Body });
            if (sample.Categories.Length > 0)
            {
                item.Apply(new CategoriesPart { Categories = [.. sample.Categories] });
            }

            var result = await content.CreateAsync(item, publish: true);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Demo content '{sample.Title}': {string.Join(" ", result.Errors.Values)}");
            }
        }
    }

    private static async Task CreateUserAsync(UserAdminService users, string userName, string displayName, string password, string role)
    {
        var (_, outcome) = await users.CreateAsync(userName, displayName, null, password, [role]);
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException($"Demo user {userName}: {string.Join(" ", outcome.Errors.Values)}");
        }
    }
}

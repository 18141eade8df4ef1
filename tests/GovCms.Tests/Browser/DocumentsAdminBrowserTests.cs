using GovCms.Content;
using GovCms.Documents;
using GovCms.Documents.Catalog;
using GovCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GovCms.Tests.Browser;

/// <summary>
/// The documents module's admin pages in a phone's browser: the site's lists ("Danh mục văn bản") refuse a duplicate
/// next to its list and save, and the editor's link picker finds a document by its number and adds it as a typed
/// relation; axe finds no violation on either page.
/// </summary>
public sealed class DocumentsAdminBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string Slug = Demo.SiblingCommune;

    [Fact]
    public async Task The_lists_page_refuses_a_duplicate_code_next_to_its_list_then_saves()
    {
        await using var context = await site.NewContextAsync(360, 800);
        var page = await context.NewPageAsync();
        await BrowserSite.SignInAsync(page, Slug, Demo.Administrator(Slug));
        await page.GotoAsync($"/{Slug}/admin/documents/lists");
        await Accessibility.AssertNoViolationsAsync(page);

        var types = page.GetByLabel("Loại văn bản", new() { Exact = true });
        await types.FillAsync("quyet-dinh | Quyết định\nquyet-dinh | Quyết định cá biệt\nCông văn");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu danh mục" }).ClickAsync();
        var error = page.Locator("#Types-error");
        await error.WaitForAsync();
        Assert.Contains("mã \"quyet-dinh\" đã có ở mục khác", await error.InnerTextAsync());
        Assert.Equal("true", await types.GetAttributeAsync("aria-invalid"));
        await Accessibility.AssertNoViolationsAsync(page);

        await types.FillAsync("quyet-dinh | Quyết định\nCông văn");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu danh mục" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).WaitForAsync();
        Assert.Contains("Đã lưu danh mục văn bản.", await page.GetByRole(AriaRole.Status).InnerTextAsync());
        var lists = await site.InTenantAsync(site.Tenant(Slug), services => services.GetRequiredService<DocumentCatalog>().ForSiteAsync());
        Assert.Equal([new DocumentListItem("quyet-dinh", "Quyết định"), new DocumentListItem("cong-van", "Công văn")], lists.Types);
    }

    [Fact]
    public async Task The_link_picker_finds_a_document_by_its_number_and_adds_it_with_the_relation_chosen()
    {
        var old = await site.InTenantAsync(site.Tenant(Slug), async services =>
        {
            var content = services.GetRequiredService<IContentManager>();
            var item = content.New(DocumentsModule.Document.Name);
            item.DisplayText = "Quy chế tiếp công dân năm 2024";
            item.Apply(new DocumentPart
            {
                Number = "88", Symbol = "QĐ-UBND", DocumentType = "quyet-dinh", Issuer = $"ubnd-{Slug}",
                IssuedOn = new DateOnly(2024, 4, 1), Abstract = "Quy chế tiếp công dân năm 2024",
            });
            var created = await content.CreateAsync(item, publish: true);
            Assert.True(created.Succeeded, string.Join(" ", created.Errors.Values));
            return created.Value!.ContentItemId;
        });
        await using var context = await site.NewContextAsync(360, 800);
        var page = await context.NewPageAsync();
        await BrowserSite.SignInAsync(page, Slug, Demo.Administrator(Slug));
        await page.GotoAsync($"/{Slug}/admin/content/new?type=Document");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Loại quan hệ").SelectOptionAsync(DocumentRelations.Replaces);
        await page.GetByLabel("Tìm nội dung để liên kết (theo số ký hiệu hoặc trích yếu)").FillAsync("88/QĐ-UBND");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm liên kết đến Quy chế tiếp công dân năm 2024" }).ClickAsync();
        Assert.Equal($"{DocumentRelations.Replaces}: {old}", await page.Locator("#Relations").InputValueAsync());
        await Accessibility.AssertNoViolationsAsync(page);
    }
}

using GovCms.Documents;
using GovCms.Tests.Infrastructure;
using GovCms.Tests.Media;
using GovCms.Tests.Modules.Documents;
using Microsoft.Playwright;

namespace GovCms.Tests.Browser;

/// <summary>
/// The clerk's journey of the registry: the commune's administrator opens "Nhập văn bản từ tệp", uploads the unit's
/// spreadsheet of 20 documents, reads the preview, imports them, opens one of the drafts, attaches its signed PDF and
/// publishes it. Every page of the import passes the accessibility check.
/// </summary>
public sealed class DocumentImportJourneyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string Commune = Demo.Commune;

    [Fact]
    public async Task A_clerk_imports_a_spreadsheet_of_20_documents_attaches_a_pdf_to_one_and_publishes_it()
    {
        await DocumentImportFiles.EnableAsync(site, site.Tenant(Commune));
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserSite.SignInAsync(page, Commune, Demo.Administrator(Commune));

        await page.GetByRole(AriaRole.Link, new() { Name = "Nhập văn bản từ tệp" }).ClickAsync();
        Assert.Equal("Nhập văn bản từ tệp", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        await Accessibility.AssertNoViolationsAsync(page);

        // A file that is not what its name says is refused next to the field.
        await page.GetByLabel("Tệp sổ văn bản").SetInputFilesAsync(new FilePayload { Name = "so-van-ban.xlsx", MimeType = "text/csv", Buffer = "Số ký hiệu\n1"u8.ToArray() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem trước" }).ClickAsync();
        Assert.StartsWith("Tệp \"so-van-ban.xlsx\" không phải tệp Excel", await page.Locator("#file-error").InnerTextAsync());
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Tệp sổ văn bản").SetInputFilesAsync(new FilePayload
        {
            Name = "Sổ văn bản 2026.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = Registry(),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem trước" }).ClickAsync();
        Assert.Equal("Xem trước: Sổ văn bản 2026.xlsx", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        Assert.Equal(20, await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Sẽ tạo" }).CountAsync());
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Nhập 20 văn bản" }).ClickAsync();
        await StatusAsync(page);
        Assert.Contains("Đã nhập 20 văn bản (bản nháp)", await page.GetByRole(AriaRole.Status).InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = Abstract(7), Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Tệp văn bản" }).GetByLabel("Chọn tệp").SetInputFilesAsync(new FilePayload
        {
            Name = "Quyết định 607 ký số.pdf", MimeType = "application/pdf", Buffer = MediaFixtures.Pdf(),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng", Exact = true }).ClickAsync();
        await StatusAsync(page);
        Assert.Contains("Đã đăng", await page.GetByRole(AriaRole.Status).InnerTextAsync());

        var registry = await DocumentImportFiles.RegistryAsync(site, site.Tenant(Commune));
        var published = registry.Single(r => r.Number == "607");
        Assert.True(published.Published);
        var part = await DocumentImportFiles.PartAsync(site, site.Tenant(Commune), published.ContentItemId);
        Assert.Matches($"^/{Commune}/media/.+\\.pdf$", Assert.Single(part.Files));
        Assert.Equal(19, registry.Count(r => r.Number.StartsWith('6') && r.Number.Length == 3 && !r.Published));
    }

    /// <summary>Waits for the one-line message of the page the form led to; fails with what the page says instead.</summary>
    private static async Task StatusAsync(IPage page)
    {
        try
        {
            await page.GetByRole(AriaRole.Status).WaitForAsync(new() { Timeout = 20_000 });
        }
        catch (TimeoutException)
        {
            Assert.Fail($"No message at {page.Url}: {string.Join(" | ", await page.Locator(".field-validation-error, .notice").AllInnerTextsAsync())}");
        }
    }

    private static string Abstract(int i) => $"Về việc triển khai nhiệm vụ số {i} năm 2026 của phường";

    /// <summary>The commune's spreadsheet: 20 decisions and plans of 2026, numbered 601–620.</summary>
    private static byte[] Registry()
    {
        var rows = new List<object?[]> { new object?[] { "Số ký hiệu", "Ngày ban hành", "Trích yếu", "Loại văn bản", "Người ký", "Chức vụ", "Tình trạng hiệu lực" } };
        for (var i = 1; i <= 20; i++)
        {
            rows.Add([$"{600 + i}/{(i % 2 == 0 ? "KH" : "QĐ")}-UBND", new DateTime(2026, 1, i), Abstract(i), i % 2 == 0 ? "Kế hoạch" : "Quyết định",
                "Nguyễn Văn An", "Chủ tịch", DocumentValidity.Label(DocumentValidity.InForce)]);
        }

        return DocumentImportFiles.Xlsx([.. rows]);
    }
}

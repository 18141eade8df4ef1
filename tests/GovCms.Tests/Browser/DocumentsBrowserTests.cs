using System.Text.Json.Nodes;
using GovCms.Documents;
using GovCms.Tenants;
using GovCms.Tests.Infrastructure;
using GovCms.Tests.Media;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static GovCms.Tests.Documents.DocumentPublicPages;

namespace GovCms.Tests.Browser;

/// <summary>
/// A citizen on a 360 px phone looks a document up in the commune's registry: filters by type and year with the plain form,
/// opens the document, sees its PDF in the browser's own viewer and its QR code; axe finds nothing on either page.
/// </summary>
public sealed class DocumentsBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string Commune = Demo.Commune;

    [Fact]
    public async Task A_citizen_on_a_phone_filters_by_type_and_year_opens_a_document_and_sees_its_pdf_and_qr_code()
    {
        using var admin = await SignedInAsync(Commune);
        var pdf = await UploadAsync(admin, Commune, MediaFixtures.Pdf(), "Kế hoạch 27.pdf");
        var wanted = await CreateAsync(admin, Commune, Input("27", "KH-UBND", "2025-02-14", "Kế hoạch phát triển giao thông nông thôn năm 2025", $"ubnd-{Commune}", type: "ke-hoach")
            .With(("files", new JsonArray(pdf)), ("validity", DocumentValidity.InForce), ("fields", new JsonArray("xay-dung"))));
        await CreateAsync(admin, Commune, Input("28", "KH-UBND", "2024-02-14", "Kế hoạch phát triển giao thông nông thôn năm 2024", $"ubnd-{Commune}", type: "ke-hoach"));
        await CreateAsync(admin, Commune, Input("29", "QĐ-UBND", "2025-03-01", "Quyết định về giao thông nông thôn", $"ubnd-{Commune}"));

        await using var context = await site.NewContextAsync(360, 740);
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync($"/{Commune}/van-ban");
        Assert.Equal(200, response!.Status);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The registry is wider than the phone.");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Loại văn bản").SelectOptionAsync(new SelectOptionValue { Value = "ke-hoach" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tra cứu" }).ClickAsync();
        await page.WaitForURLAsync("**/van-ban?*loai=ke-hoach*");
        // The year's choices now count only plans.
        Assert.Contains("2025 (1)", await page.GetByLabel("Năm ban hành").InnerTextAsync());
        await page.GetByLabel("Năm ban hành").SelectOptionAsync(new SelectOptionValue { Value = "2025" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tra cứu" }).ClickAsync();
        await page.WaitForURLAsync("**/van-ban?*nam=2025*");
        Assert.Contains("loai=ke-hoach", page.Url);
        var results = page.Locator(".document-line");
        Assert.Equal(1, await results.CountAsync());
        await Accessibility.AssertNoViolationsAsync(page);

        await results.GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForURLAsync($"**/van-ban/{wanted.Slug}");
        Assert.Equal("Kế hoạch phát triển giao thông nông thôn năm 2025", await page.Locator("h1").InnerTextAsync());
        Assert.Equal("Số: 27/KH-UBND", await page.Locator(".document__number").InnerTextAsync());
        var preview = page.Locator("iframe.document-preview");
        Assert.Equal(pdf, await preview.GetAttributeAsync("src"));
        await preview.ScrollIntoViewIfNeededAsync();
        Assert.True(await preview.IsVisibleAsync());
        var qr = page.Locator(".document-qr img");
        await qr.ScrollIntoViewIfNeededAsync();
        Assert.True(await qr.IsVisibleAsync());
        Assert.True(await qr.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 100"), "The QR code did not load.");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The document's page is wider than the phone.");
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task The_registry_and_a_document_have_no_accessibility_violation_on_a_desktop_in_the_civic_theme_either()
    {
        using var admin = await SignedInAsync(Demo.SiblingCommune);
        var document = await CreateAsync(admin, Demo.SiblingCommune, Input("31", "QĐ-UBND", "2025-05-05", "Quyết định hết hiệu lực về chợ Lam Sơn", $"ubnd-{Demo.SiblingCommune}")
            .With(("validity", DocumentValidity.Expired), ("expiresOn", "2025-12-31")));
        await site.InTenantAsync(null, async services =>
        {
            var tenant = site.Tenant(Demo.SiblingCommune);
            if (tenant.Theme != "Civic")
            {
                Assert.True((await services.GetRequiredService<TenantService>().UpdateAsync(tenant.Id, tenant.DisplayName, tenant.Settings, "Civic")).Succeeded);
            }

            return true;
        });
        await using var context = await site.NewContextAsync(1280, 900);
        var page = await context.NewPageAsync();
        foreach (var path in new[] { $"/{Demo.SiblingCommune}/van-ban", $"/{Demo.SiblingCommune}/van-ban?loai=sac-lenh&nam=20x5", $"/{Demo.SiblingCommune}/van-ban/{document.Slug}" })
        {
            await page.GotoAsync(path);
            await Accessibility.AssertNoViolationsAsync(page);
        }
    }

    /// <summary>An API client of the browser's host (it listens on a real port), signed in as the site's administrator.</summary>
    private async Task<SiteClient> SignedInAsync(string prefix)
    {
        var client = SiteClient.Create(site, new Uri(site.BaseUrl));
        await client.LoginAsync(prefix, Demo.Administrator(prefix), Demo.Password);
        return client;
    }
}

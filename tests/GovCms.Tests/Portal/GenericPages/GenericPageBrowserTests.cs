using GovCms.Content;
using GovCms.Content.Fields;
using GovCms.Contents;
using GovCms.Tests.Browser;
using GovCms.Tests.Infrastructure;
using GovCms.Tests.Media;
using GovCms.Media;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GovCms.Tests.Portal.GenericPages;

/// <summary>
/// The whole host with the demo network (a browser site listens on a real port, so it keeps the host's module list),
/// and the test type declared as a service, owned by the news module: the engine's pages show it.
/// </summary>
public sealed class DisclosuresBrowserSite : BrowserSite
{
    protected override void ConfigureTestServices(IServiceCollection services) => DisclosuresModule.AddAsServices(services, ContentsModule.Id);
}

/// <summary>The engine's item page of a module's type on a phone: readable at 390 px, accessible, no script needed or blocked.</summary>
public sealed class GenericPageBrowserTests(DisclosuresBrowserSite site) : IClassFixture<DisclosuresBrowserSite>
{
    private const string Commune = Demo.Commune;

    [Fact]
    public async Task The_generic_item_page_fits_a_phone_and_passes_the_accessibility_check()
    {
        var slug = await CreateAsync();
        await using var context = await site.NewContextAsync(390, 844);
        await context.AddInitScriptAsync("""
            window.__violations = [];
            document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective));
            """);
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync($"/{Commune}/cong-khai/{slug}");
        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Công khai dự toán ngân sách xã năm 2026");
        await Assertions.Expect(page.GetByText("1.250.000.000 đ")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Dự toán 2026.pdf" })).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The item page is wider than 390 px.");
        Assert.Empty(await page.EvaluateAsync<string[]>("() => window.__violations"));
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GotoAsync($"/{Commune}/cong-khai");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Công khai dự toán ngân sách xã năm 2026" })).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The listing is wider than 390 px.");
        await Accessibility.AssertNoViolationsAsync(page);
    }

    private async Task<string> CreateAsync()
    {
        return await site.InTenantAsync(site.Tenant(Commune), async services =>
        {
            var uploaded = await services.GetRequiredService<IMediaLibrary>().UploadAsync(new MemoryStream(MediaFixtures.Pdf()), "Dự toán 2026.pdf");
            var content = services.GetRequiredService<IContentManager>();
            var item = content.New(DisclosuresModule.Disclosure.Name);
            item.DisplayText = "Công khai dự toán ngân sách xã năm 2026";
            item.Slug = "cong-khai-du-toan-2026-" + Guid.NewGuid().ToString("N")[..6];
            item.Apply(new DisclosurePart
            {
                Number = "25/BC-UBND",
                Notes = "Theo Thông tư 343/2016/TT-BTC về công khai ngân sách đối với các cấp ngân sách.",
                Body = "## Tổng quan\n\nDự toán thu, chi ngân sách **năm 2026** đã được Hội đồng nhân dân xã thông qua.",
                IssuedOn = new DateOnly(2026, 1, 15),
                DeadlineUtc = new DateTime(2026, 2, 1, 1, 0, 0, DateTimeKind.Utc),
                Budget = 1_250_000_000,
                Kind = "ngan-sach",
                Sources = ["dia-phuong"],
                Audited = false,
                Fields = ["tai-chinh"],
                Attachments = [uploaded.Value!.Url],
            });
            var created = await content.CreateAsync(item, publish: true);
            Assert.True(created.Succeeded, string.Join(" ", created.Errors.Values));
            return item.Slug;
        });
    }
}

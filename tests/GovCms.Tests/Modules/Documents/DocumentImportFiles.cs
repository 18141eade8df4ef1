using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using GovCms.Content;
using GovCms.Content.Indexing;
using GovCms.Documents;
using GovCms.Tenants;
using GovCms.Tests.Admin;
using GovCms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tests.Modules.Documents;

/// <summary>Registry files as units keep them, and the admin page's upload, preview and import as a clerk's browser posts them.</summary>
public static partial class DocumentImportFiles
{
    public static byte[] Csv(string text, bool bom = true) =>
        [.. bom ? Encoding.UTF8.GetPreamble() : [], .. Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\r\n"))];

    /// <summary>A workbook whose first sheet holds the rows, the header first; DateTime values become date cells.</summary>
    public static byte[] Xlsx(params object?[][] rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Sổ văn bản");
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                var cell = sheet.Cell(r + 1, c + 1);
                switch (rows[r][c])
                {
                    case DateTime date:
                        cell.Value = date;
                        cell.Style.DateFormat.Format = "dd/MM/yyyy";
                        break;
                    case int number:
                        cell.Value = number;
                        break;
                    case string text:
                        cell.Value = text;
                        break;
                }
            }
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    public static string Page(string site) => $"/{site}/admin/documents/import";

    /// <summary>Uploads the file to the import page: the response (a preview, or the form again with the error).</summary>
    public static async Task<(HttpStatusCode Status, string Html)> PreviewAsync(SiteClient clerk, string site, string fileName, byte[] content)
    {
        var type = fileName.EndsWith(".xlsx", StringComparison.Ordinal) ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv";
        using var response = await clerk.PostFormAsync(Page(site), Page(site), [], new Upload("file", fileName, content, type));
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>Previews, then confirms the import as the preview's button does; returns the preview's page.</summary>
    public static async Task<string> ImportAsync(SiteClient clerk, string site, string fileName, byte[] content)
    {
        var (status, preview) = await PreviewAsync(clerk, site, fileName, content);
        Assert.True(status == HttpStatusCode.OK, preview);
        var token = TokenPattern().Match(preview).Groups[1].Value;
        Assert.NotEmpty(token);
        var next = await clerk.PostFormExpectingRedirectAsync(Page(site), Page(site) + "/run", [("token", token), ("fileName", fileName)]);
        Assert.EndsWith("/admin/content?type=Document", next);
        return preview;
    }

    /// <summary>The latest index rows of the site's documents.</summary>
    public static Task<List<DocumentIndex>> RegistryAsync(GovCmsSite host, TenantContext tenant) =>
        host.InTenantAsync(tenant, services => services.GetRequiredService<IContentIndex<DocumentIndex>>()
            .Query(SiteScope.Site(tenant.Id), IndexedVersion.Latest).AsNoTracking().ToListAsync());

    public static Task<DocumentPart> PartAsync(GovCmsSite host, TenantContext tenant, string contentItemId) =>
        host.InTenantAsync(tenant, async services =>
            (await services.GetRequiredService<IContentManager>().GetAsync(contentItemId))!.Get<DocumentPart>()!);

    /// <summary>Switches the module on for the site (the unit recipes may not do it yet on the demo network).</summary>
    public static Task EnableAsync(GovCmsSite host, TenantContext tenant) =>
        host.InTenantAsync<bool>(null, async services =>
        {
            var outcome = await services.GetRequiredService<TenantService>().SetFeatureAsync(tenant.Id, DocumentsModule.Id, true);
            Assert.True(outcome.Succeeded, outcome.Message);
            return true;
        });

    [GeneratedRegex("name=\"token\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

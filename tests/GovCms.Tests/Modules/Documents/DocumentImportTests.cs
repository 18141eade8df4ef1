using System.Net;
using GovCms.Documents;
using GovCms.Tests.Admin;
using GovCms.Tests.Infrastructure;
using static GovCms.Tests.Modules.Documents.DocumentImportFiles;

namespace GovCms.Tests.Modules.Documents;

/// <summary>
/// "Nhập văn bản từ tệp" over HTTP as a clerk (cán bộ) of a commune uses it: a CSV and an XLSX registry previewed and
/// imported with every column read, bad rows refused by row and column, an import run twice creating nothing the
/// second time, and a file that is not what its name says refused. Each test uses numbers of its own.
/// </summary>
public abstract class DocumentImportTests(GovCmsSite site)
{
    private const string Commune = Demo.Commune;

    [Fact]
    public async Task A_semicolon_csv_registry_is_previewed_then_imported_with_every_column_read()
    {
        var tenant = site.Tenant(Commune);
        await EnableAsync(site, tenant);
        using var clerk = await site.SignedInAsync(Commune, Demo.Author(Commune));
        var csv = Csv("""
            SỐ KÝ HIỆU;Ngày ban hành;Trích yếu;Loại văn bản;Cơ quan ban hành;Người ký;Chức vụ;Ngày hiệu lực;Ngày hết hiệu lực;Tình trạng hiệu lực;Lĩnh vực;Ghi chú
            115/QĐ-UBND;02/03/2025;Về việc ban hành Kế hoạch chuyển đổi số năm 2025;Quyết định;UBND phường Đông Sơn;Nguyễn Văn An;Chủ tịch;02/03/2025;31/12/2099;Còn hiệu lực;Chuyển đổi số, Hành chính;bản gốc
            116/2025/QĐ-UBND;5/3/2025;"Về việc thành lập Ban chỉ đạo; phòng, chống thiên tai";quyet dinh;;Lê Thị Bình;Phó Chủ tịch;;;;;
            /UBND-VP;10/03/2025;Về việc tăng cường công tác phòng cháy, chữa cháy;Công văn;Ủy ban nhân dân phường Đông Sơn;;;;;;;
            """);

        var preview = await ImportAsync(clerk, Commune, "so-van-ban.csv", csv);

        Assert.Contains("Sẽ tạo 3 văn bản", preview.Replace("<strong>", "").Replace("</strong>", ""));
        Assert.Contains("Các cột không dùng: Ghi chú", preview);
        var registry = (await RegistryAsync(site, tenant)).Where(r => r.IssuedOn.Year == 2025 && r.IssuedOn.Month == 3).ToList();
        var first = registry.Single(r => r.Number == "115");
        Assert.Equal(("QĐ-UBND", 2025, "quyet-dinh", $"ubnd-{tenant.Slug}", new DateOnly(2025, 3, 2), DocumentValidity.InForce),
            (first.Symbol, first.Year, first.DocumentType, first.Issuer, first.IssuedOn, first.Validity));
        var part = await PartAsync(site, tenant, first.ContentItemId);
        Assert.Equal(("Nguyễn Văn An", "Chủ tịch", new DateOnly(2025, 3, 2), new DateOnly(2099, 12, 31)), (part.Signer, part.SignerTitle, part.EffectiveOn, part.ExpiresOn));
        Assert.Equal(["chuyen-doi-so", "hanh-chinh"], part.Fields);
        Assert.False(first.Published);

        var second = registry.Single(r => r.Number == "116");
        Assert.Equal((2025, "QĐ-UBND", $"ubnd-{tenant.Slug}", DocumentValidity.Unknown), (second.Year, second.Symbol, second.Issuer, second.Validity));
        Assert.Equal("Về việc thành lập Ban chỉ đạo; phòng, chống thiên tai", second.Title);
        var letter = registry.Single(r => r.DocumentType == "cong-van" && r.IssuedOn == new DateOnly(2025, 3, 10));
        Assert.Equal(("", "UBND-VP"), (letter.Number, letter.Symbol));
    }

    [Fact]
    public async Task An_xlsx_registry_reads_its_date_cells_and_a_number_with_its_year()
    {
        var tenant = site.Tenant(Commune);
        await EnableAsync(site, tenant);
        using var clerk = await site.SignedInAsync(Commune, Demo.Author(Commune));
        var xlsx = Xlsx(
            ["Số ký hiệu", "Ngày ban hành", "Trích yếu", "Loại văn bản", "Ngày có hiệu lực", "Tình trạng"],
            ["215/2024/QĐ-UBND", new DateTime(2024, 11, 20), "Về việc quy định giá dịch vụ thu gom rác thải", "Quyết định", new DateTime(2024, 12, 1), "Hết hiệu lực một phần"],
            ["216/KH-UBND", "21/11/2024", "Kế hoạch tổ chức Hội nghị tổng kết năm 2024", "Kế hoạch", null, null]);

        await ImportAsync(clerk, Commune, "Sổ văn bản 2024.xlsx", xlsx);

        var registry = await RegistryAsync(site, tenant);
        var decision = registry.Single(r => r.Number == "215");
        Assert.Equal((2024, new DateOnly(2024, 11, 20), new DateOnly(2024, 12, 1), DocumentValidity.PartlyExpired),
            (decision.Year, decision.IssuedOn, decision.EffectiveOn, decision.Validity));
        var plan = registry.Single(r => r.Number == "216");
        Assert.Equal(("KH-UBND", "ke-hoach", new DateOnly(2024, 11, 21)), (plan.Symbol, plan.DocumentType, plan.IssuedOn));
    }

    [Fact]
    public async Task Bad_rows_are_shown_by_row_and_column_and_only_the_good_rows_are_imported()
    {
        var tenant = site.Tenant(Commune);
        await EnableAsync(site, tenant);
        using var clerk = await site.SignedInAsync(Commune, Demo.Author(Commune));
        await ImportAsync(clerk, Commune, "truoc.csv", Csv("Số ký hiệu,Ngày ban hành,Trích yếu,Loại văn bản\n325/QĐ-UBND,02/03/2023,Văn bản đã nhập trước,Quyết định"));
        var before = (await RegistryAsync(site, tenant)).Count;
        var csv = Csv("""
            Số ký hiệu,Ngày ban hành,Trích yếu,Loại văn bản,Ngày hết hiệu lực
            320/QĐ-UBND,31/02/2023,Ngày không có thật,Quyết định,
            321/QĐ-UBND,01/04/2023,Loại không có,Nghị quyết liên tịch,
            322/QĐ-UBND,02/04/2023,Văn bản tốt,Quyết định,
            322/QĐ-UBND,03/04/2023,Trùng số trong tệp,Quyết định,
            325/QĐ-UBND,02/03/2023,Đã có trong sổ,Quyết định,
            326/QĐ-UBND,05/04/2023,Hết hiệu lực trước khi ban hành,Quyết định,01/01/2023
            """, bom: false);

        var (status, preview) = await PreviewAsync(clerk, Commune, "loi.csv", csv);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Ngày ban hành: «31/02/2023» không phải ngày (dd/MM/yyyy).", preview);
        Assert.Contains("Loại văn bản: «Nghị quyết liên tịch» không có trong danh mục loại văn bản của cổng", preview);
        Assert.Contains("Số ký hiệu: 322/QĐ-UBND trùng với dòng 4 của tệp.", preview);
        Assert.Contains("Bỏ qua: Đã có trong sổ văn bản: «Văn bản đã nhập trước».", preview);
        Assert.Contains("Ngày hết hiệu lực: Ngày hết hiệu lực 01/01/2023 trước ngày ban hành 05/04/2023.", preview);
        Assert.Contains("Nhập 1 văn bản", preview);

        await ImportAsync(clerk, Commune, "loi.csv", csv);
        var after = await RegistryAsync(site, tenant);
        Assert.Equal(before + 1, after.Count);
        Assert.Single(after, r => r.Number == "322");
        Assert.DoesNotContain(after, r => r.Number is "320" or "321" or "326");
    }

    [Fact]
    public async Task Importing_the_same_file_again_creates_nothing()
    {
        var tenant = site.Tenant(Commune);
        await EnableAsync(site, tenant);
        using var clerk = await site.SignedInAsync(Commune, Demo.Author(Commune));
        var csv = Csv("Số ký hiệu;Ngày ban hành;Trích yếu;Loại văn bản\n415/QĐ-UBND;02/03/2022;Văn bản thứ nhất;Quyết định\n416/TB-UBND;03/03/2022;Văn bản thứ hai;Thông báo");
        await ImportAsync(clerk, Commune, "lan-1.csv", csv);
        var count = (await RegistryAsync(site, tenant)).Count;

        var (_, preview) = await PreviewAsync(clerk, Commune, "lan-2.csv", csv);

        Assert.Contains("Sẽ tạo 0 văn bản", preview.Replace("<strong>", "").Replace("</strong>", ""));
        Assert.Contains("Không có văn bản nào để tạo.", preview);
        Assert.DoesNotContain("name=\"token\"", preview);
        Assert.Equal(count, (await RegistryAsync(site, tenant)).Count);
    }

    [Theory]
    [InlineData("so-van-ban.xlsx", "Số ký hiệu,Trích yếu\n1/QĐ,Văn bản", "Tệp \"so-van-ban.xlsx\" không phải tệp Excel (.xlsx).")]
    [InlineData("so-van-ban.csv", null, "Tệp \"so-van-ban.csv\" không phải tệp CSV: nội dung là tệp Excel.")]
    [InlineData("so-van-ban.csv", "Số,Ngày\n1,2", "Tệp thiếu cột: Số ký hiệu, Ngày ban hành, Trích yếu, Loại văn bản.")]
    public async Task A_file_that_is_not_what_its_name_says_or_lacks_columns_is_refused_next_to_the_field(string name, string? text, string message)
    {
        var tenant = site.Tenant(Commune);
        await EnableAsync(site, tenant);
        using var clerk = await site.SignedInAsync(Commune, Demo.Author(Commune));
        var content = text is null ? Xlsx(["Số ký hiệu"], ["1/QĐ-UBND"]) : Csv(text);
        var before = (await RegistryAsync(site, tenant)).Count;

        var (status, html) = await PreviewAsync(clerk, Commune, name, content);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains($"<span class=\"field-validation-error\" id=\"file-error\">{message}", html);
        Assert.Equal(before, (await RegistryAsync(site, tenant)).Count);
    }

    [Fact]
    public async Task The_page_states_the_upload_limits_and_a_preview_token_of_another_site_is_refused()
    {
        var tenant = site.Tenant(Commune);
        await EnableAsync(site, tenant);
        await EnableAsync(site, site.Tenant(Demo.SiblingCommune));
        using var clerk = await site.SignedInAsync(Commune, Demo.Author(Commune));
        var page = await clerk.PageAsync(Page(Commune));
        Assert.Contains("tối đa 10 MB và 20.000 dòng", System.Net.WebUtility.HtmlDecode(page));

        var (_, preview) = await PreviewAsync(clerk, Commune, "a.csv", Csv("Số ký hiệu,Ngày ban hành,Trích yếu,Loại văn bản\n515/QĐ-UBND,02/03/2021,Văn bản,Quyết định"));
        var token = System.Text.RegularExpressions.Regex.Match(preview, "name=\"token\" value=\"([^\"]+)\"").Groups[1].Value;
        using var other = await site.SignedInAsync(Demo.SiblingCommune, Demo.Author(Demo.SiblingCommune));
        var next = await other.PostFormExpectingRedirectAsync(Page(Demo.SiblingCommune), Page(Demo.SiblingCommune) + "/run", [("token", token), ("fileName", "a.csv")]);
        Assert.EndsWith("/admin/documents/import", next);
        Assert.DoesNotContain(await RegistryAsync(site, site.Tenant(Demo.SiblingCommune)), r => r.Number == "515");
    }
}

public sealed class DocumentImportOnSqlite(SqliteSite site) : DocumentImportTests(site), IClassFixture<SqliteSite>;

public sealed class DocumentImportOnPostgreSql(PostgreSqlSite site) : DocumentImportTests(site), IClassFixture<PostgreSqlSite>;

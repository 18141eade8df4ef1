using GovCms.Provisioning;
using GovCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tests.Provisioning;

/// <summary>Importing administrative units from the GSO CSV format through the import service.</summary>
public abstract class UnitImportTests(GovCmsSite site)
{
    [Fact]
    public async Task Bad_rows_are_reported_by_line_and_the_good_rows_are_provisioned()
    {
        const string csv = """
            level,code,name,type,parent_code
            commune,91011,Xã Một,Xã,91010
            district,91010,Huyện Thử Nghiệm,Huyện,38
            commune,,Xã Không Mã,Xã,91010
            commune,91012,Xã Mồ Côi,Xã,99999
            commune,91013,Xã Thiếu Cột,Xã
            commune,91014,"Xã Bốn, Mới",Xã,91010
            thon,91015,Thôn Năm,Thôn,91010
            commune,91011,Xã Một Lặp,Xã,91010
            commune,91016,Xã Dưới Xã Mồ Côi,Xã,91012
            """;

        var rows = await ImportAsync(csv);

        Assert.Equal([("91010", UnitImportStatus.Created), ("91011", UnitImportStatus.Created), ("91014", UnitImportStatus.Created)],
            rows.Where(r => r.Status != UnitImportStatus.Failed).Select(r => (r.Code, r.Status)));
        var failed = rows.Where(r => r.Status == UnitImportStatus.Failed).OrderBy(r => r.Line).ToDictionary(r => r.Line, r => r.Message);
        Assert.Equal([4, 5, 6, 8, 9, 10], failed.Keys);
        Assert.Contains("thiếu mã đơn vị", failed[4]);
        Assert.Contains("không tìm thấy đơn vị cấp trên có mã \"99999\"", failed[5]);
        Assert.Contains("cần 5 cột", failed[6]);
        Assert.Contains("không có công thức tên \"thon\"", failed[8]);
        Assert.Contains("mã 91011 đã có ở dòng 2", failed[9]);
        Assert.Contains("đơn vị cấp trên mã 91012 (dòng 5) bị lỗi", failed[10]);

        Assert.Equal("Xã Bốn, Mới", site.Catalog.FindByName("91014")!.DisplayName);
        Assert.Equal(site.Catalog.FindByName("91010")!.Id, site.Catalog.FindByName("91011")!.ParentId);
        SiteInspection.AssertUnitRecipeApplied(await SiteInspection.ReadAsync(site.Services, site.Catalog.FindByName("91014")!.Id));
    }

    [Fact]
    public async Task Importing_again_skips_what_exists_and_never_duplicates()
    {
        const string csv = """
            level,code,name,type,parent_code
            district,92010,Huyện Lặp Lại,Huyện,38
            commune,92011,Xã Xuân Hồng,Xã,92010
            """;
        var first = await ImportAsync(csv);
        var before = await SiteInspection.CountAsync(site.Services);

        var second = await ImportAsync(csv);

        Assert.All(first, r => Assert.Equal(UnitImportStatus.Created, r.Status));
        Assert.Equal("xa-xuan-hong-92011", site.Catalog.FindByName("92011")!.Slug);
        Assert.All(second, r => Assert.Equal(UnitImportStatus.Skipped, r.Status));
        Assert.Equal(before, await SiteInspection.CountAsync(site.Services));
    }

    [Fact]
    public async Task A_code_that_exists_with_another_name_is_skipped_with_a_warning_naming_both()
    {
        const string csv = """
            level,code,name,type,parent_code
            province,38,Tỉnh Thanh Hoá,Tỉnh,
            commune,14821,Phường Đông Sơn,Phường,381
            commune,14815,Xã Quang Trung,Xã,381
            """;

        var rows = await ImportAsync(csv);

        Assert.All(rows, r => Assert.Equal(UnitImportStatus.Skipped, r.Status));
        Assert.Equal([("38", false), ("14821", false), ("14815", true)], rows.Select(r => (r.Code, r.NameDiffers)));
        var warning = rows.Single(r => r.NameDiffers).Message;
        Assert.Contains("\"Phường Lam Sơn\"", warning);
        Assert.Contains("\"Xã Quang Trung\"", warning);
        Assert.Equal("Phường Lam Sơn", site.Catalog.FindByName("14815")!.DisplayName);
    }

    [Fact]
    public void The_plan_puts_parents_first_and_keeps_only_what_was_asked()
    {
        var (units, errors) = AdministrativeUnitsCsv.Read(new StringReader("""
            level,code,name,type,parent_code
            commune,3,Xã C,Xã,2
            district,2,Huyện B,Huyện,1
            province,1,Tỉnh A,Tỉnh,
            commune,6,Xã F,Xã,5
            district,5,Huyện E,Huyện,4
            province,4,Tỉnh D,Tỉnh,
            """));

        Assert.Empty(errors);
        Assert.Equal(["1", "4", "2", "5", "3", "6"], UnitImporter.Plan(units, new UnitImportFilter()).Select(u => u.Code));
        Assert.Equal(["4", "5", "6"], UnitImporter.Plan(units, new UnitImportFilter(Province: "4")).Select(u => u.Code));
        Assert.Equal(["3", "6"], UnitImporter.Plan(units, new UnitImportFilter(Level: "commune")).Select(u => u.Code));
        Assert.Equal(["6"], UnitImporter.Plan(units, new UnitImportFilter("4", "commune")).Select(u => u.Code));
    }

    private async Task<List<UnitImportRow>> ImportAsync(string csv)
    {
        var (units, unreadable) = AdministrativeUnitsCsv.Read(new StringReader(csv));
        var importer = site.Services.GetRequiredService<UnitImporter>();
        var rows = unreadable.Select(e => new UnitImportRow(e.Line, e.Code, e.Name, UnitImportStatus.Failed, e.Message)).ToList();
        foreach (var unit in UnitImporter.Plan(units, new UnitImportFilter()))
        {
            rows.Add(await importer.ImportAsync(unit));
        }

        return rows;
    }
}

public sealed class UnitImportOnSqlite(SqliteSite site) : UnitImportTests(site), IClassFixture<SqliteSite>;

public sealed class UnitImportOnPostgreSql(PostgreSqlSite site) : UnitImportTests(site), IClassFixture<PostgreSqlSite>;

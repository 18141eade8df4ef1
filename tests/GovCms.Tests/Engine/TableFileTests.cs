using System.Text;
using ClosedXML.Excel;
using GovCms.Import;

namespace GovCms.Tests.Engine;

/// <summary>Tables read from the files units keep their registries in: CSV as Excel and LibreOffice write it, and XLSX.</summary>
public sealed class TableFileTests
{
    [Fact]
    public void A_semicolon_csv_with_a_bom_and_a_quoted_cell_over_two_lines_reads_as_its_rows()
    {
        var csv = "\uFEFFSố ký hiệu;Ngày ban hành;Trích yếu\r\n15/QĐ-UBND;02/03/2025;\"Về việc ban hành\r\nkế hoạch; \"\"chuyển đổi số\"\"\"\r\n\r\n16/QĐ-UBND;03/03/2025;Về việc khác\r\n";

        var table = Read(Encoding.UTF8.GetBytes(csv), "so-van-ban.csv");

        Assert.Equal(["Số ký hiệu", "Ngày ban hành", "Trích yếu"], table.Header);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal("Về việc ban hành kế hoạch; \"chuyển đổi số\"", table.Rows[0][2].Text);
        Assert.Equal(2, table.Rows[0].Number);
        Assert.Equal(5, table.Rows[1].Number);
        Assert.Equal("16/QĐ-UBND", table.Rows[1][0].Text);
    }

    [Fact]
    public void A_comma_csv_without_a_bom_reads_too()
    {
        var table = Read(Encoding.UTF8.GetBytes("a,b\n\"1,5\",2"), "x.csv");
        Assert.Equal(["1,5", "2"], table.Rows.Single().Cells.Select(c => c.Text));
    }

    [Fact]
    public void An_xlsx_keeps_its_date_cells_as_dates_and_numbers_as_plain_text()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Sổ văn bản");
        sheet.Cell(1, 1).Value = "Số";
        sheet.Cell(1, 2).Value = "Ngày ban hành";
        sheet.Cell(2, 1).Value = 15;
        sheet.Cell(2, 2).Value = new DateTime(2025, 3, 2);
        sheet.Cell(4, 1).Value = 16;
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);

        var table = Read(stream.ToArray(), "so.xlsx");

        Assert.Equal(["Số", "Ngày ban hành"], table.Header);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal("15", table.Rows[0][0].Text);
        Assert.Equal(new DateTime(2025, 3, 2), table.Rows[0][1].Date);
        Assert.Equal(4, table.Rows[1].Number);
    }

    [Theory]
    [InlineData("so.xlsx", "Số ký hiệu,Trích yếu\n1,2", "không phải tệp Excel")]
    [InlineData("so.csv", "PK\u0003\u0004rest", "không phải tệp CSV")]
    [InlineData("so.pdf", "%PDF-1.4", "không phải tệp .csv hoặc .xlsx")]
    [InlineData("so.csv", "", "Tệp rỗng")]
    public void A_file_that_is_not_what_its_name_says_is_refused(string name, string content, string message)
    {
        var outcome = TableFile.Read(new MemoryStream(Encoding.Latin1.GetBytes(content)), name);
        Assert.False(outcome.Succeeded);
        Assert.Contains(message, outcome.Errors[TableFile.Field]);
    }

    [Fact]
    public void A_csv_that_is_not_utf8_is_refused_with_how_to_save_it()
    {
        var windows1258 = new byte[] { 0x53, 0xE8, 0x20, 0x6B, 0xFD, 0x0A, 0x31 };
        var outcome = TableFile.Read(new MemoryStream(windows1258), "so.csv");
        Assert.Contains("CSV UTF-8", outcome.Errors[TableFile.Field]);
    }

    [Fact]
    public void Columns_match_by_their_names_without_case_diacritics_or_punctuation()
    {
        TableColumn[] columns = [new("number", "Số ký hiệu", true, "Số hiệu"), new("issued", "Ngày ban hành", true), new("abstract", "Trích yếu", true)];

        var matched = TableColumns.Match(["SỐ KÝ HIỆU", "ngay ban hanh", "Ghi chú"], columns);

        Assert.True(matched.Has("number"));
        Assert.True(matched.Has("issued"));
        Assert.Equal(["Ghi chú"], matched.Unknown);
        Assert.Equal(["abstract"], matched.Missing.Select(c => c.Key));
        Assert.True(TableColumns.Match(["Số hiệu"], columns).Has("number"));
        Assert.Equal("sokyhieu", TableColumns.Key("Số / Ký hiệu (*)"));
    }

    private static Table Read(byte[] bytes, string name)
    {
        var outcome = TableFile.Read(new MemoryStream(bytes), name);
        Assert.True(outcome.Succeeded, outcome.Message);
        return outcome.Value!;
    }
}

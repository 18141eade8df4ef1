using System.Diagnostics;
using GovCms.Provisioning;
using Spectre.Console;

namespace GovCms.Web.Cli;

/// <summary>"tenants import": a progress bar while the units are provisioned, then a summary and the failed lines.</summary>
internal static class TenantsImportCommand
{
    public static async Task<int> RunAsync(string csvPath, UnitImportFilter filter, IServiceProvider services)
    {
        if (!File.Exists(csvPath))
        {
            AnsiConsole.MarkupLineInterpolated($"[red]Không tìm thấy tệp {Path.GetFullPath(csvPath)}.[/]");
            return 2;
        }

        List<AdministrativeUnit> units;
        List<CsvLineError> unreadable;
        using (var reader = new StreamReader(csvPath))
        {
            (units, unreadable) = AdministrativeUnitsCsv.Read(reader);
        }

        var plan = UnitImporter.Plan(units, filter);
        var importer = services.GetRequiredService<UnitImporter>();
        var rows = unreadable.Select(e => new UnitImportRow(e.Line, e.Code, e.Name, UnitImportStatus.Failed, e.Message)).ToList();
        var clock = Stopwatch.StartNew();
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask($"Tạo {plan.Count:N0} cổng", maxValue: Math.Max(1, plan.Count));
                foreach (var unit in plan)
                {
                    rows.Add(await importer.ImportAsync(unit));
                    task.Increment(1);
                }
            });
        clock.Stop();

        PrintSummary(csvPath, rows, clock.Elapsed);
        return rows.Any(r => r.Status == UnitImportStatus.Failed) ? 1 : 0;
    }

    private static void PrintSummary(string csvPath, List<UnitImportRow> rows, TimeSpan elapsed)
    {
        var created = rows.Count(r => r.Status == UnitImportStatus.Created);
        var rate = elapsed.TotalSeconds > 0 ? created / elapsed.TotalSeconds : 0;
        var summary = new Table().Title($"Nhập đơn vị từ {Markup.Escape(Path.GetFileName(csvPath))}").AddColumns("", "Số đơn vị");
        summary.AddRow("Đã tạo", $"{created:N0}");
        summary.AddRow("Đã có, bỏ qua", $"{rows.Count(r => r.Status == UnitImportStatus.Skipped):N0}");
        summary.AddRow("[yellow]Trong đó mã đã có với tên khác[/]", $"{rows.Count(r => r.NameDiffers):N0}");
        summary.AddRow("[red]Lỗi[/]", $"{rows.Count(r => r.Status == UnitImportStatus.Failed):N0}");
        summary.AddRow("Thời gian", $"{elapsed.TotalSeconds:F1} giây ({rate:F1} cổng/giây)");
        AnsiConsole.Write(summary);

        PrintRows("Các dòng bỏ qua vì mã đã có (dòng có tên khác được tô vàng)", rows.Where(r => r.Status == UnitImportStatus.Skipped));
        if (rows.Count(r => r.NameDiffers) is > 0 and var differing)
        {
            AnsiConsole.MarkupLine($"[yellow]Cảnh báo: {differing:N0} mã đã có trong hệ thống với tên khác trong tệp; các dòng đó không được nhập. Hãy kiểm tra lại mã.[/]");
        }

        PrintRows("[red]Các dòng bị lỗi (không tạo gì cho các dòng này)[/]", rows.Where(r => r.Status == UnitImportStatus.Failed));
    }

    private static void PrintRows(string title, IEnumerable<UnitImportRow> rows)
    {
        var table = new Table().Title(title).AddColumns("Dòng", "Mã", "Tên", "Lý do");
        foreach (var row in rows.OrderBy(r => r.Line))
        {
            var style = row.NameDiffers ? "yellow" : "default";
            table.AddRow(new Markup($"{row.Line}", style), new Markup(Markup.Escape(row.Code), style), new Markup(Markup.Escape(row.Name), style),
                new Markup(Markup.Escape(row.Message), style));
        }

        if (table.Rows.Count > 0)
        {
            AnsiConsole.Write(table);
        }
    }
}

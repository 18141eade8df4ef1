using System.Diagnostics;
using GovCms.Modules;

namespace GovCms.Documents.Import;

/// <summary>
/// <c>documents import &lt;file.csv|file.xlsx&gt; --site SLUG [--publish]</c>: the registry file imported into the site
/// with a progress bar, then a summary and the rows skipped or in error. 0 when every row was imported or already there,
/// 1 when some rows have errors (the others are imported), 2 when the file cannot be read or the import failed.
/// </summary>
internal sealed class DocumentImportCommand(DocumentImporter importer) : IModuleCommand
{
    public const string Publish = "--publish";

    public static readonly ModuleCommand Declaration = ModuleCommand.For<DocumentImportCommand>("documents", "import", """
          Nhập sổ văn bản từ tệp CSV (UTF-8, dấu phẩy hoặc chấm phẩy) hoặc Excel (.xlsx) vào cổng: dòng đầu là tên cột
          (Số ký hiệu, Ngày ban hành, Trích yếu, Loại văn bản, Cơ quan ban hành, Người ký, Chức vụ, Ngày hiệu lực,
          Ngày hết hiệu lực, Tình trạng hiệu lực, Lĩnh vực, ...). Văn bản đã có (cùng cơ quan, năm, số và ký hiệu)
          được bỏ qua, nên chạy lại không tạo trùng. Các văn bản được tạo trong một giao dịch, ở dạng bản nháp.
            --publish   đăng ngay các văn bản được tạo
        """) with { Arguments = 1, Flags = [Publish] };

    public async Task<int> RunAsync(ModuleCommandContext context, CancellationToken cancellationToken)
    {
        var path = context.FullPath(context.Arguments[0]);
        if (!File.Exists(path))
        {
            context.Console.Error($"Không tìm thấy tệp {path}.");
            return 2;
        }

        await using var file = new MemoryStream(await File.ReadAllBytesAsync(path, cancellationToken));
        var clock = Stopwatch.StartNew();
        var preview = await importer.PreviewAsync(file, path, cancellationToken);
        if (!preview.Succeeded)
        {
            context.Console.Error(preview.Message);
            return 2;
        }

        file.Position = 0;
        var outcome = await context.Console.ProgressAsync($"Nhập {preview.Value!.Rows.Count:N0} dòng vào {context.Site.DisplayName}", preview.Value.Rows.Count,
            progress => importer.ImportAsync(file, path, context.Flags.Contains(Publish), done => progress.Advance(done), cancellationToken));
        clock.Stop();
        if (!outcome.Succeeded)
        {
            context.Console.Error(outcome.Message);
            return 2;
        }

        var result = outcome.Value!;
        var rate = clock.Elapsed.TotalSeconds > 0 ? result.Plan.Rows.Count / clock.Elapsed.TotalSeconds : 0;
        context.Console.Table($"Nhập văn bản từ {Path.GetFileName(path)}", ["", "Số dòng"],
        [
            ["Đã tạo", $"{result.Created:N0}"],
            ["Đã có, bỏ qua", $"{result.Skipped:N0}"],
            ["Lỗi", $"{result.Failed:N0}"],
            ["Thời gian", $"{clock.Elapsed.TotalSeconds:F1} giây ({rate:F0} dòng/giây)"],
        ]);
        if (result.Plan.UnknownColumns.Count > 0)
        {
            context.Console.Line($"Các cột không dùng: {string.Join(", ", result.Plan.UnknownColumns)}.");
        }

        Rows(context, "Các dòng bỏ qua vì văn bản đã có", result.Plan.Rows.Where(r => r.Status == DocumentImportStatus.Skip));
        Rows(context, "Các dòng bị lỗi (không nhập)", result.Plan.Rows.Where(r => r.Status == DocumentImportStatus.Error));
        return result.Failed > 0 ? 1 : 0;
    }

    private static void Rows(ModuleCommandContext context, string title, IEnumerable<DocumentImportRow> rows)
    {
        var list = rows.ToList();
        if (list.Count > 0)
        {
            context.Console.Table(title, ["Dòng", "Số ký hiệu", "Lý do"], list.Select(r => (IReadOnlyList<string>)[$"{r.Row}", r.Number, r.Message]));
        }
    }
}

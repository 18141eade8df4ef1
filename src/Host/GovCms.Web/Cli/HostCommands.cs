using GovCms.Provisioning;

namespace GovCms.Web.Cli;

/// <summary>
/// The commands the host runs instead of serving when started with a verb:
/// <c>dotnet run --project src/Host/GovCms.Web -- tenants import units.csv [--province CODE] [--level LEVEL]</c>.
/// They use the configuration of the host (appsettings.json, GovCms__* environment variables).
/// </summary>
internal static class HostCommands
{
    public const string Usage = """
        Cách dùng:
          GovCms.Web tenants import <tệp.csv> [--province MÃ] [--level province|district|commune]
          GovCms.Web tenants export <mã đơn vị> <tệp.recipe.json>

          Tạo cổng cho các đơn vị hành chính trong tệp CSV (level,code,name,type,parent_code), mỗi đơn vị
          một giao dịch, theo công thức cùng tên với cấp (recipes/commune.recipe.json ...). Đơn vị đã có
          (cùng mã) được bỏ qua, nên chạy lại sẽ tiếp tục phần còn lại.
            --province MÃ   chỉ tỉnh có mã này và các đơn vị thuộc tỉnh
            --level CẤP     chỉ các đơn vị thuộc cấp này (đơn vị cấp trên phải có sẵn)

          Ghi một cổng thành công thức (cài đặt, tính năng, vai trò, chuyên mục, nội dung); chạy công thức
          đó (API provisioning với "recipeJson") sẽ tạo một cổng giống hệt.
        """;

    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] == "tenants";

    /// <summary>0: done; 1: some rows failed; 2: the command line or the file is wrong.</summary>
    public static async Task<int> RunAsync(string[] args, IServiceProvider services)
    {
        switch (args)
        {
            case ["tenants", "import", var csv, .. var rest] when TryReadOptions(rest, out var filter):
                return await TenantsImportCommand.RunAsync(csv, filter, services);
            case ["tenants", "export", var code, var file]:
                return await TenantsExportCommand.RunAsync(code, file, services);
            default:
                Console.Error.WriteLine(Usage);
                return 2;
        }
    }

    private static bool TryReadOptions(string[] options, out UnitImportFilter filter)
    {
        filter = new UnitImportFilter();
        for (var i = 0; i < options.Length; i++)
        {
            switch (options[i])
            {
                case "--province" when i + 1 < options.Length:
                    filter = filter with { Province = options[++i] };
                    break;
                case "--level" when i + 1 < options.Length:
                    filter = filter with { Level = options[++i] };
                    break;
                default:
                    Console.Error.WriteLine($"Không hiểu tùy chọn \"{options[i]}\".");
                    return false;
            }
        }

        return true;
    }
}

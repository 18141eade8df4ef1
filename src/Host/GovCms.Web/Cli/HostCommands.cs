using GovCms.Modules;
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
          GovCms.Web tenants move <mã đơn vị> <mã đơn vị cấp trên mới> [--dry-run]
          GovCms.Web tenants retire <mã>[,<mã>...] --into <mã đơn vị kế thừa> [--disable-users] [--dry-run]

          Tạo cổng cho các đơn vị hành chính trong tệp CSV (level,code,name,type,parent_code), mỗi đơn vị
          một giao dịch, theo công thức cùng tên với cấp (recipes/commune.recipe.json ...). Đơn vị đã có
          (cùng mã) được bỏ qua, nên chạy lại sẽ tiếp tục phần còn lại.
            --province MÃ   chỉ tỉnh có mã này và các đơn vị thuộc tỉnh
            --level CẤP     chỉ các đơn vị thuộc cấp này (đơn vị cấp trên phải có sẵn)

          export: ghi một cổng thành công thức (cài đặt, tính năng, menu, vai trò, chuyên mục, nội dung);
          chạy công thức đó (API provisioning với "recipeJson") sẽ tạo một cổng giống hệt.
          move: chuyển một đơn vị (và các đơn vị cấp dưới của nó) sang đơn vị cấp trên khác.
          retire: sáp nhập các đơn vị vào đơn vị kế thừa: nội dung chuyển sang (ghi tên đơn vị cũ), địa chỉ cũ
            chuyển hướng 301, tài khoản chuyển sang (hoặc bị khóa với --disable-users).
          --dry-run: chỉ in những gì sẽ thay đổi, không thay đổi gì.
        """;

    public static bool IsCommand(string[] args) => args.Length > 0 && (args[0] == "tenants" || ModuleCommands.Handles(HostModules.All(), args));

    /// <summary>0: done; 1: some rows failed; 2: the command line or the file is wrong.</summary>
    public static async Task<int> RunAsync(string[] args, IServiceProvider services)
    {
        switch (args)
        {
            case ["tenants", "import", var csv, .. var rest] when TryReadOptions(rest, out var filter):
                return await TenantsImportCommand.RunAsync(FromShell(csv), filter, services);
            case ["tenants", "export", var code, var file]:
                return await TenantsExportCommand.RunAsync(code, FromShell(file), services);
            case ["tenants", "move", var code, var parent, .. var rest] when TryReadFlags(rest, ["--dry-run"], out var flags):
                return TreeOperationOutput.Print(await services.GetRequiredService<TenantTreeService>().MoveAsync(code, parent, flags.Contains("--dry-run")));
            case ["tenants", "retire", var codes, "--into", var successor, .. var rest] when TryReadFlags(rest, ["--dry-run", "--disable-users"], out var flags):
                var users = flags.Contains("--disable-users") ? RetiredUsers.Disable : RetiredUsers.Move;
                return TreeOperationOutput.Print(await services.GetRequiredService<TenantTreeService>().RetireAsync(
                    codes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), successor, users, flags.Contains("--dry-run")));
            case [var group, ..] when group != "tenants":
                return await ModuleCommands.RunAsync(args, services, new SpectreCommandConsole(), ShellFolder());
            default:
                Console.Error.WriteLine(Usage);
                Console.Error.WriteLine(ModuleCommands.Usage(services.GetRequiredService<ModuleCatalog>().Modules));
                return 2;
        }
    }

    /// <summary>
    /// `dotnet run --project` starts the host in the project's folder; a relative path means the
    /// folder the command was typed in, which the shell keeps in PWD.
    /// </summary>
    private static string FromShell(string path) => Path.GetFullPath(path, ShellFolder());

    private static string ShellFolder() => Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } shell ? shell : Directory.GetCurrentDirectory();

    private static bool TryReadFlags(string[] given, string[] known, out IReadOnlySet<string> flags)
    {
        flags = given.ToHashSet();
        foreach (var unknown in given.Where(f => !known.Contains(f)))
        {
            Console.Error.WriteLine($"Không hiểu tùy chọn \"{unknown}\".");
            return false;
        }

        return true;
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

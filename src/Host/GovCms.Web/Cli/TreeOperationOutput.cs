using GovCms.Provisioning;
using Spectre.Console;

namespace GovCms.Web.Cli;

/// <summary>Prints what "tenants move" and "tenants retire" changed, would change in a dry run, or why they changed nothing.</summary>
internal static class TreeOperationOutput
{
    /// <summary>0 when the operation succeeded (or would), 1 when it was refused.</summary>
    public static int Print(TreeOperationResult result)
    {
        if (!result.Succeeded)
        {
            AnsiConsole.MarkupLine("[red]Không thay đổi gì:[/]");
            foreach (var error in result.Errors.Values)
            {
                AnsiConsole.MarkupLineInterpolated($"  [red]- {error}[/]");
            }

            return 1;
        }

        AnsiConsole.MarkupLine(result.DryRun ? "[yellow]Chạy thử, chưa thay đổi gì. Sẽ thay đổi:[/]" : "[green]Đã thay đổi:[/]");
        foreach (var change in result.Changes)
        {
            AnsiConsole.MarkupLineInterpolated($"  - {change}");
        }

        return 0;
    }
}

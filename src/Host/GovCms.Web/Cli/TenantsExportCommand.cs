using GovCms.Recipes;
using GovCms.Tenants;
using Spectre.Console;

namespace GovCms.Web.Cli;

/// <summary>"tenants export": writes one site as a recipe file.</summary>
internal static class TenantsExportCommand
{
    public static async Task<int> RunAsync(string code, string file, IServiceProvider services)
    {
        if (services.GetRequiredService<ITenantCatalog>().FindByName(code) is not { } tenant)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]Không có đơn vị mã {code}.[/]");
            return 2;
        }

        var recipe = await services.GetRequiredService<RecipeExporter>().ExportAsync(tenant);
        await File.WriteAllTextAsync(file, RecipeExporter.ToText(recipe));
        AnsiConsole.MarkupLineInterpolated($"Đã ghi cổng [bold]{tenant.DisplayName}[/] vào {Path.GetFullPath(file)}.");
        return 0;
    }
}

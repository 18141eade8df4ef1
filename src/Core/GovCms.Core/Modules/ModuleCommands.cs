using GovCms.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Modules;

/// <summary>
/// Runs the commands modules declare (<see cref="Module.Commands"/>): reads the command line against the command's
/// declaration, finds the site of <c>--site</c> (its slug, its code or its address prefix), refuses a site where the
/// module is off, and runs the handler in a service scope set to that site. The host gives the console it draws.
/// </summary>
public static class ModuleCommands
{
    public const string SiteOption = "--site";

    /// <summary>Whether the command line names a module's command group (so the host runs it instead of serving).</summary>
    public static bool Handles(IEnumerable<Module> modules, IReadOnlyList<string> args) =>
        args.Count > 0 && modules.SelectMany(m => m.Commands).Any(c => c.Group == args[0]);

    /// <summary>The usage lines of every module command, for the host's usage text.</summary>
    public static string Usage(IEnumerable<Module> modules) => string.Join(Environment.NewLine, modules.SelectMany(m => m.Commands)
        .Select(c => $"  GovCms.Web {c.Verb} {string.Join(' ', Enumerable.Range(1, c.Arguments).Select(i => $"<đối số {i}>"))} --site <mã hoặc tên đường dẫn của cổng>".Replace("  --", " --")
            + Environment.NewLine + c.Usage.TrimEnd()));

    /// <summary>0 when the command succeeded, its own code otherwise; 2 when the command line or the site is wrong.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, IServiceProvider services, ICommandConsole console, string workingDirectory,
        CancellationToken cancellationToken = default)
    {
        var catalog = services.GetRequiredService<ModuleCatalog>();
        var match = catalog.Modules.SelectMany(m => m.Commands.Select(c => (Module: m, Command: c)))
            .FirstOrDefault(x => args.Count >= 2 && x.Command.Group == args[0] && x.Command.Name == args[1]);
        if (match.Command is not { } command)
        {
            console.Error($"Không có lệnh \"{string.Join(' ', args.Take(2))}\".");
            return 2;
        }

        if (!TryRead(command, args.Skip(2).ToList(), console, out var arguments, out var options, out var flags))
        {
            console.Line(command.Usage);
            return 2;
        }

        if (FindSite(services.GetRequiredService<ITenantCatalog>(), options[SiteOption]) is not { } site)
        {
            console.Error($"Không có cổng \"{options[SiteOption]}\" (nhập mã đơn vị hoặc tên đường dẫn của cổng).");
            return 2;
        }

        if (!site.HasFeature(match.Module.Manifest.Id))
        {
            console.Error($"Tính năng \"{match.Module.Manifest.Name}\" chưa bật trên cổng {site.DisplayName}.");
            return 2;
        }

        var context = new ModuleCommandContext(arguments, options, flags, site, console, workingDirectory);
        return await services.GetRequiredService<ITenantScopes>().RunInAsync(site.Id, scoped =>
        {
            var handler = (IModuleCommand)ActivatorUtilities.CreateInstance(scoped, command.Handler);
            return handler.RunAsync(context, cancellationToken);
        }, cancellationToken);
    }

    private static bool TryRead(ModuleCommand command, List<string> given, ICommandConsole console,
        out List<string> arguments, out Dictionary<string, string> options, out HashSet<string> flags)
    {
        arguments = given.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        options = [];
        flags = [];
        if (arguments.Count != command.Arguments)
        {
            console.Error($"Lệnh \"{command.Verb}\" cần {command.Arguments} đối số, có {arguments.Count}.");
            return false;
        }

        for (var i = arguments.Count; i < given.Count; i++)
        {
            var name = given[i];
            if ((name == SiteOption || command.Options.Contains(name)) && i + 1 < given.Count)
            {
                options[name] = given[++i];
            }
            else if (command.Flags.Contains(name))
            {
                flags.Add(name);
            }
            else
            {
                console.Error($"Không hiểu tùy chọn \"{name}\".");
                return false;
            }
        }

        if (!options.ContainsKey(SiteOption))
        {
            console.Error($"Thiếu {SiteOption}: cổng mà lệnh chạy cho.");
            return false;
        }

        return true;
    }

    /// <summary>A site by its code, its address prefix or its slug.</summary>
    private static TenantContext? FindSite(ITenantCatalog tenants, string key)
    {
        if ((tenants.FindByName(key) ?? tenants.FindByPrefix(key)) is { } found)
        {
            return found;
        }

        var pending = new Stack<TenantContext>(tenants.Root is { } root ? [root] : []);
        while (pending.TryPop(out var tenant))
        {
            if (string.Equals(tenant.Slug, key, StringComparison.OrdinalIgnoreCase))
            {
                return tenant;
            }

            foreach (var child in tenants.Children(tenant.Id))
            {
                pending.Push(child);
            }
        }

        return null;
    }
}

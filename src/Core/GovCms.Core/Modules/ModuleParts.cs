using System.Reflection;
using Microsoft.AspNetCore.Mvc.ApplicationParts;

namespace GovCms.Modules;

/// <summary>
/// MVC finds controllers and views in every assembly the host references; a module's assembly contributes them
/// only when the host lists the module, so a host (or a test host) built with fewer modules serves none of the others.
/// A listed module the host's project does not reference (a module of the tests) contributes its own.
/// </summary>
internal static class ModuleParts
{
    public static void KeepListedOnly(ApplicationPartManager parts, ModuleCatalog catalog)
    {
        var listed = catalog.Modules.Select(m => m.GetType().Assembly).ToHashSet();
        parts.ApplicationParts
            .Where(part => AssemblyOf(part) is { } assembly && !listed.Contains(assembly) && DeclaresModule(assembly))
            .ToList()
            .ForEach(part => parts.ApplicationParts.Remove(part));
        var present = parts.ApplicationParts.Select(AssemblyOf).OfType<Assembly>().ToHashSet();
        foreach (var assembly in listed.Where(a => !present.Contains(a)))
        {
            foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
            {
                parts.ApplicationParts.Add(part);
            }
        }
    }

    private static Assembly? AssemblyOf(ApplicationPart part) => part switch
    {
        AssemblyPart assembly => assembly.Assembly,
        CompiledRazorAssemblyPart razor => razor.Assembly,
        _ => null,
    };

    private static bool DeclaresModule(Assembly assembly) =>
        assembly.GetTypes().Any(type => !type.IsAbstract && type.IsSubclassOf(typeof(Module)));
}

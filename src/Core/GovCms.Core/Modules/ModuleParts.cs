using System.Reflection;
using Microsoft.AspNetCore.Mvc.ApplicationParts;

namespace GovCms.Modules;

/// <summary>
/// MVC finds controllers and views in every assembly the host references; a module's assembly contributes them
/// only when the host lists the module, so a host (or a test host) built with fewer modules serves none of the others.
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

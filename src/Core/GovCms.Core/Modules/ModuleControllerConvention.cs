using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace GovCms.Modules;

/// <summary>
/// MVC controllers are gated like minimal endpoints: a controller compiled into a module's assembly
/// answers 404 on tenants where that module is off, without the module having to say so. The
/// controller also remembers its module, so its views are looked for in /Views/{module id}/.
/// </summary>
internal sealed class ModuleControllerConvention(ModuleCatalog catalog) : IControllerModelConvention
{
    private const string ModuleProperty = "GovCms.Module";

    public void Apply(ControllerModel controller)
    {
        var module = catalog.Modules.FirstOrDefault(m => m.GetType().Assembly == controller.ControllerType.Assembly);
        if (module is null)
        {
            return;
        }

        controller.Properties[ModuleProperty] = module.Manifest.Id;
        if (!controller.Attributes.OfType<RequiresFeatureAttribute>().Any())
        {
            foreach (var selector in controller.Selectors)
            {
                selector.EndpointMetadata.Add(new RequiresFeatureAttribute(module.Manifest.Id));
            }
        }
    }

    /// <summary>The id of the module whose controller runs the action; null outside modules.</summary>
    public static string? ModuleOf(ActionDescriptor action) =>
        action.Properties.TryGetValue(ModuleProperty, out var id) ? id as string : null;
}

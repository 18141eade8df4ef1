using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace GovCms.Modules;

/// <summary>
/// MVC controllers are gated like minimal endpoints: a controller compiled into a module's assembly
/// answers 404 on tenants where that module is off, without the module having to say so.
/// </summary>
internal sealed class ModuleControllerConvention(ModuleCatalog catalog) : IControllerModelConvention
{
    public void Apply(ControllerModel controller)
    {
        var module = catalog.Modules.FirstOrDefault(m => m.GetType().Assembly == controller.ControllerType.Assembly);
        if (module is not null && !controller.Attributes.OfType<RequiresFeatureAttribute>().Any())
        {
            foreach (var selector in controller.Selectors)
            {
                selector.EndpointMetadata.Add(new RequiresFeatureAttribute(module.Manifest.Id));
            }
        }
    }
}

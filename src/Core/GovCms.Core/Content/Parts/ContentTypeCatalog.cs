using System.Reflection;
using GovCms.Content;
using GovCms.Modules;
using GovCms.Tenants;

namespace GovCms.Content.Parts;

/// <summary>
/// Every content type of the host with the module that owns it: the modules' <c>ContentTypes</c> and the types
/// declared with <see cref="ContentPartServices.AddContentType"/>. A type is usable on a site only where its module
/// is on (admin, API, public pages, recipes); the same holds for the content handlers a module brings.
/// </summary>
public sealed class ContentTypeCatalog
{
    private readonly Dictionary<string, (ContentTypeDefinition Type, string Module)> _types = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<Assembly, string> _moduleAssemblies = [];

    public ContentTypeCatalog(ModuleCatalog modules, IEnumerable<ContentTypeRegistration> registrations)
    {
        foreach (var module in modules.Modules)
        {
            _moduleAssemblies.TryAdd(module.GetType().Assembly, module.Manifest.Id);
            foreach (var type in module.ContentTypes)
            {
                Add(type, module.Manifest.Id);
            }
        }

        foreach (var registration in registrations)
        {
            if (modules.Find(registration.ModuleId) is null)
            {
                throw new InvalidOperationException($"Content type '{registration.Type.Name}' names module '{registration.ModuleId}', which the host does not list.");
            }

            Add(registration.Type, registration.ModuleId);
        }

        All = _types.Values.Select(t => t.Type).ToList();
    }

    public IReadOnlyList<ContentTypeDefinition> All { get; }

    public ContentTypeDefinition? Find(string? name) => name is not null && _types.TryGetValue(name, out var entry) ? entry.Type : null;

    /// <summary>The id of the module that owns the type.</summary>
    public string ModuleOf(ContentTypeDefinition type) => _types[type.Name].Module;

    public bool IsEnabled(ContentTypeDefinition type, TenantContext? tenant) => tenant is null || tenant.HasFeature(ModuleOf(type));

    /// <summary>The types whose module is on for the tenant.</summary>
    public IReadOnlyList<ContentTypeDefinition> EnabledFor(TenantContext tenant) => All.Where(t => IsEnabled(t, tenant)).ToList();

    /// <summary>The type on the tenant; null when it does not exist or its module is off there.</summary>
    public ContentTypeDefinition? FindEnabled(string? name, TenantContext? tenant) => Find(name) is { } type && IsEnabled(type, tenant) ? type : null;

    /// <summary>The module a handler (or any service) comes from; null for the engine's own.</summary>
    public string? ModuleOfImplementation(Type implementation) => _moduleAssemblies.GetValueOrDefault(implementation.Assembly);

    private void Add(ContentTypeDefinition type, string module)
    {
        if (!_types.TryAdd(type.Name, (type, module)))
        {
            throw new InvalidOperationException($"Content type '{type.Name}' is declared twice.");
        }
    }
}

using GovCms.Content;
using GovCms.Security;

namespace GovCms.Modules;

/// <summary>The modules compiled into the host, checked once at startup.</summary>
public sealed class ModuleCatalog
{
    private readonly Dictionary<string, Module> _byId;

    public ModuleCatalog(IEnumerable<Module> modules)
    {
        Modules = modules.ToList();
        _byId = new Dictionary<string, Module>(StringComparer.OrdinalIgnoreCase);
        foreach (var module in Modules)
        {
            if (!_byId.TryAdd(module.Manifest.Id, module))
            {
                throw new InvalidOperationException($"Module '{module.Manifest.Id}' is listed twice.");
            }
        }

        foreach (var module in Modules)
        {
            foreach (var dependency in module.Manifest.Dependencies.Where(d => !_byId.ContainsKey(d)))
            {
                throw new InvalidOperationException($"Module '{module.Manifest.Id}' needs '{dependency}', which the host does not list.");
            }
        }

        // The engine's own (the content admin's) first, then the modules'.
        Permissions = ContentPermissions.All.Concat(Modules.SelectMany(m => m.Permissions)).DistinctBy(p => p.Name).ToList();
        ContentTypes = Modules.SelectMany(m => m.ContentTypes).ToList();
        AlwaysEnabled = Modules.Where(m => m.Manifest.AlwaysEnabled).Select(m => m.Manifest.Id).ToList();
        // The segments the modules declare clash here already; the host's ReservedSegments adds the types declared as services.
        _ = new ReservedSegments(Modules, []);
        foreach (var verb in Modules.SelectMany(m => m.Commands).GroupBy(c => c.Verb).Where(g => g.Count() > 1))
        {
            throw new InvalidOperationException($"The command '{verb.Key}' is declared twice.");
        }
    }

    public IReadOnlyList<Module> Modules { get; }
    public IReadOnlyList<Permission> Permissions { get; }
    public IReadOnlyList<ContentTypeDefinition> ContentTypes { get; }
    public IReadOnlyList<string> AlwaysEnabled { get; }

    public Module? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The content types of the modules that are on for the tenant.</summary>
    public IReadOnlyList<ContentTypeDefinition> ContentTypesOf(GovCms.Tenants.TenantContext tenant) =>
        Modules.Where(m => tenant.HasFeature(m.Manifest.Id)).SelectMany(m => m.ContentTypes).ToList();

    /// <summary>The module and everything it needs, dependencies first.</summary>
    public IReadOnlyList<string> WithDependencies(string id)
    {
        var ordered = new List<string>();
        Visit(id, ordered, []);
        return ordered;
    }

    /// <summary>Modules among <paramref name="enabled"/> that need <paramref name="id"/>, directly or not.</summary>
    public IReadOnlyList<string> Dependents(string id, IEnumerable<string> enabled) =>
        enabled.Where(e => !string.Equals(e, id, StringComparison.OrdinalIgnoreCase) && WithDependencies(e).Contains(id, StringComparer.OrdinalIgnoreCase)).ToList();

    private void Visit(string id, List<string> ordered, HashSet<string> visiting)
    {
        var module = Find(id) ?? throw new KeyNotFoundException($"Unknown module '{id}'.");
        if (ordered.Contains(module.Manifest.Id) || !visiting.Add(module.Manifest.Id))
        {
            return;
        }

        foreach (var dependency in module.Manifest.Dependencies)
        {
            Visit(dependency, ordered, visiting);
        }

        ordered.Add(module.Manifest.Id);
    }
}

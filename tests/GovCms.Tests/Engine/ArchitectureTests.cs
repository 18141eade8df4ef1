using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using GovCms.Modules;
using GovCms.Tests.Infrastructure;

namespace GovCms.Tests.Engine;

/// <summary>
/// Modules reference only GovCms.Abstractions and the named surface of GovCms.Core (<see cref="ModuleSurface"/>), plus
/// the engine internals it lists as remaining; Core and Abstractions reference no module; no module references another.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly Assembly Core = typeof(ModuleCatalog).Assembly;
    private static readonly Assembly Abstractions = typeof(GovCms.Modules.Module).Assembly;

    private static IReadOnlyList<Assembly> ModuleAssemblies { get; } =
        GovCms.Web.HostModules.All().Select(m => m.GetType().Assembly).Distinct().ToList();

    [Fact]
    public void Core_and_abstractions_reference_no_module()
    {
        var modules = ModuleAssemblies.Select(a => a.GetName().Name).ToHashSet();
        foreach (var engine in new[] { Core, Abstractions })
        {
            var referenced = engine.GetReferencedAssemblies().Select(a => a.Name).Where(modules.Contains).ToList();
            Assert.True(referenced.Count == 0, $"{engine.GetName().Name} references modules: {string.Join(", ", referenced)}");
        }

        Assert.DoesNotContain(Abstractions.GetReferencedAssemblies(), a => a.Name == Core.GetName().Name);
    }

    /// <summary>Reads across sites go through ITenantScopes (SiteScope); only its implementation lifts the tenant filter.</summary>
    [Fact]
    public void Only_the_tenant_scopes_lift_the_tenant_filter()
    {
        var source = Path.Combine(RepositoryFolders.Root, "src");
        var offending = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !file.Contains("Migrations"))
            .Where(file => Path.GetFileName(file) != "TenantScopes.cs" && File.ReadAllText(file).Contains("IgnoreQueryFilters("))
            .Select(file => Path.GetRelativePath(source, file))
            .ToList();
        Assert.True(offending.Count == 0, "Read across sites with ITenantScopes.Query<T>(SiteScope...), not IgnoreQueryFilters: " + string.Join(", ", offending));
    }

    [Fact]
    public void Modules_reference_no_other_module()
    {
        var modules = ModuleAssemblies.Select(a => a.GetName().Name).ToHashSet();
        var offending = ModuleAssemblies
            .SelectMany(module => module.GetReferencedAssemblies().Where(r => modules.Contains(r.Name) && r.Name != module.GetName().Name)
                .Select(r => $"{module.GetName().Name} → {r.Name}"))
            .ToList();
        Assert.True(offending.Count == 0, string.Join("\n", offending));
    }

    [Fact]
    public void Modules_use_only_the_module_surface_of_core()
    {
        var surface = ModuleSurface.Types.Concat(ModuleSurface.Remaining.Select(r => r.Type)).Select(t => t.FullName!).ToHashSet();
        var offending = ModuleAssemblies
            .SelectMany(module => CoreTypesUsedBy(module).Where(name => !surface.Contains(name)).Select(name => $"{module.GetName().Name}: {name}"))
            .Order()
            .ToList();
        Assert.True(offending.Count == 0, "Core types used by modules outside ModuleSurface:\n" + string.Join("\n", offending));
    }

    /// <summary>The sample module of the tests is the worked example: GovCms.Abstractions and the named surface only, none of the remaining internals.</summary>
    [Fact]
    public void The_sample_module_uses_only_abstractions_and_the_module_surface()
    {
        var sample = typeof(GovCms.Samples.Notices.NoticesModule).Assembly;
        var allowed = new[] { Core, Abstractions }.Select(a => a.GetName().Name).ToHashSet();
        var ours = sample.GetReferencedAssemblies().Select(a => a.Name!).Where(name => name.StartsWith("GovCms.", StringComparison.Ordinal)).ToList();
        Assert.True(ours.All(allowed.Contains), "The sample module references: " + string.Join(", ", ours));

        var surface = ModuleSurface.Types.Select(t => t.FullName!).ToHashSet();
        var offending = CoreTypesUsedBy(sample).Where(name => !surface.Contains(name)).Order().ToList();
        Assert.True(offending.Count == 0, "Core types used by the sample module outside ModuleSurface.Types:\n" + string.Join("\n", offending));
    }

    [Fact]
    public void The_remaining_engine_internals_are_listed_precisely()
    {
        // An internal no module uses any more leaves the list, so the list always says exactly what is left to do.
        var used = ModuleAssemblies.SelectMany(CoreTypesUsedBy).ToHashSet();
        var stale = ModuleSurface.Remaining.Where(r => !used.Contains(r.Type.FullName!)).Select(r => r.Type.FullName).ToList();
        Assert.True(stale.Count == 0, "No module uses these any more; remove them from ModuleSurface.Remaining: " + string.Join(", ", stale));
    }

    /// <summary>The types of GovCms.Core a module's compiled code refers to (its type references scoped to Core).</summary>
    private static IEnumerable<string> CoreTypesUsedBy(Assembly module)
    {
        using var stream = File.OpenRead(module.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var core = metadata.AssemblyReferences
            .Select(handle => (Handle: (EntityHandle)handle, Reference: metadata.GetAssemblyReference(handle)))
            .Where(r => metadata.GetString(r.Reference.Name) == Core.GetName().Name)
            .Select(r => r.Handle)
            .ToList();
        if (core.Count == 0)
        {
            return [];
        }

        return metadata.TypeReferences
            .Select(metadata.GetTypeReference)
            .Where(t => core.Contains(t.ResolutionScope))
            .Select(t => $"{metadata.GetString(t.Namespace)}.{metadata.GetString(t.Name)}")
            .Distinct()
            .ToList();
    }
}

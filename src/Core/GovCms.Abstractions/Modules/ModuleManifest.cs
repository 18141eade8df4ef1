namespace GovCms.Modules;

/// <summary>What a module is: its id, its Vietnamese name, what it needs and where it may run.</summary>
public sealed record ModuleManifest(string Id, string Name, string Description)
{
    /// <summary>Ids of the modules this one needs; enabling this module enables them too.</summary>
    public IReadOnlyList<string> Dependencies { get; init; } = [];

    /// <summary>Tenant levels that may enable the module; empty means every level.</summary>
    public IReadOnlyList<string> AllowedLevels { get; init; } = [];

    /// <summary>Core modules are on for every tenant and cannot be switched off.</summary>
    public bool AlwaysEnabled { get; init; }

    public bool IsAllowedAt(string level) =>
        AllowedLevels.Count == 0 || AllowedLevels.Contains(level, StringComparer.OrdinalIgnoreCase);
}

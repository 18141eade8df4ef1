using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using GovCms.Content;
using GovCms.Modules;

namespace GovCms.Tenants;

/// <summary>
/// The declared settings sections (<see cref="SiteSettingsServices.AddSiteSettings{T}"/>) with their owner modules, and
/// the typed values of each site: read from the site's context once and kept with it, so a save (which replaces the
/// context in the catalog, on every host) is seen at the next read.
/// </summary>
public sealed class SiteSettingsCatalog
{
    private readonly Dictionary<string, SiteSettingsSection> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<Type, SiteSettingsSection> _byModel = [];
    private readonly Dictionary<string, string?> _owners = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConditionalWeakTable<TenantContext, ConcurrentDictionary<string, object>> _values = [];

    public SiteSettingsCatalog(IEnumerable<SiteSettingsSection> sections, ModuleCatalog modules)
    {
        foreach (var section in sections)
        {
            if (!_byName.TryAdd(section.Name, section) || !_byModel.TryAdd(section.Model, section))
            {
                throw new InvalidOperationException($"Settings section '{section.Name}' ({section.Model.Name}) is declared twice.");
            }

            _owners[section.Name] = section.ModuleId
                ?? modules.Modules.FirstOrDefault(m => m.GetType().Assembly == section.Model.Assembly)?.Manifest.Id;
            _sections.Add(section);
        }
    }

    /// <summary>Every section, in the order declared.</summary>
    public IReadOnlyList<SiteSettingsSection> Sections => _sections;

    private readonly List<SiteSettingsSection> _sections = [];

    public SiteSettingsSection? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The module that owns the section; null for a section of the engine (always there).</summary>
    public string? Owner(SiteSettingsSection section) => _owners[section.Name];

    /// <summary>Whether the section exists on the site: its module is on there.</summary>
    public bool IsEnabled(SiteSettingsSection section, TenantContext tenant) => Owner(section) is not { } module || tenant.HasFeature(module);

    /// <summary>The sections of the site's enabled modules.</summary>
    public IEnumerable<SiteSettingsSection> EnabledOn(TenantContext tenant) => Sections.Where(s => IsEnabled(s, tenant));

    /// <summary>The site's values of <typeparamref name="T"/> (the class's defaults where it stored none). Shared: do not change it.</summary>
    public T Read<T>(TenantContext tenant) where T : class, new()
    {
        var section = _byModel.GetValueOrDefault(typeof(T))
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not declared as site settings (services.AddSiteSettings<{typeof(T).Name}>).");
        return (T)_values.GetOrCreateValue(tenant).GetOrAdd(section.Name, _ => Load(section, tenant));
    }

    /// <summary>A fresh copy of the site's values of a section, for editing.</summary>
    public object Load(SiteSettingsSection section, TenantContext tenant)
    {
        if (tenant.SettingSections.GetValueOrDefault(section.Name) is { } json)
        {
            try
            {
                return JsonSerializer.Deserialize(json, section.Model, ContentJson.Options) ?? Activator.CreateInstance(section.Model)!;
            }
            catch (JsonException)
            {
                // A value stored by an older version of the class that no longer reads: the defaults, until saved again.
            }
        }

        return Activator.CreateInstance(section.Model)!;
    }
}

/// <summary>The current site's settings of one section.</summary>
internal sealed class CurrentSiteSettings<T>(ICurrentTenant current, SiteSettingsCatalog catalog) : ISiteSettings<T> where T : class, new()
{
    public T Value => catalog.Read<T>(current.Required);
}

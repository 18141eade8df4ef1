using System.Text.Json.Nodes;
using GovCms.Data;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Tenants;

/// <summary>
/// Older versions kept a module's settings in the site's settings as "{module}.{key}" ("Contents.PageSize", the
/// removed recipe step "moduleSettings"). At startup, the keys that name a field of a declared section move into
/// that section, bound as the settings page would bind them; a value the field refuses is dropped with its key.
/// Finds nothing to do after the first time.
/// </summary>
public static class LegacyModuleSettings
{
    public static async Task MoveAsync(GovCmsDbContext db, SiteSettingsCatalog catalog, CancellationToken cancellationToken = default)
    {
        var owned = catalog.Sections.Where(s => catalog.Owner(s) is not null).ToList();
        if (owned.Count == 0)
        {
            return;
        }

        var tenants = db.Model.FindEntityType(typeof(Tenant))!;
        var settingsColumn = tenants.FindProperty(nameof(Tenant.Settings))!.GetColumnName();
        var ids = new HashSet<int>();
        foreach (var module in owned.Select(s => catalog.Owner(s)!).Distinct())
        {
            // Names from the model, the pattern as a parameter.
            var sql = "SELECT \"Id\" AS \"Value\" FROM \"" + tenants.GetTableName() + "\" WHERE \"" + settingsColumn + "\" LIKE {0}";
            ids.UnionWith(await db.Database.SqlQueryRaw<int>(sql, $"%\"{module}.%").ToListAsync(cancellationToken));
        }

        if (ids.Count == 0)
        {
            return;
        }

        foreach (var tenant in await db.Set<Tenant>().Where(t => ids.Contains(t.Id)).ToListAsync(cancellationToken))
        {
            var settings = tenant.Settings.ToDictionary();
            var sections = new Dictionary<string, JsonObject>(tenant.SettingSections);
            foreach (var section in owned)
            {
                var prefix = catalog.Owner(section) + ".";
                var input = new JsonObject();
                foreach (var (key, value) in tenant.Settings.Where(s => s.Key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
                {
                    if (section.Fields.Field(key[prefix.Length..]) is { } field)
                    {
                        input[field.Key] = value;
                        settings.Remove(key);
                    }
                }

                if (input.Count == 0)
                {
                    continue;
                }

                var current = sections.GetValueOrDefault(section.Name) ?? SiteSettingsStore.Defaults(section);
                var (_, errors) = SiteSettingsStore.Bind(section, current, input);
                foreach (var bad in errors.Keys)
                {
                    input.Remove(bad);
                }

                sections[section.Name] = SiteSettingsStore.Bind(section, current, input).Values;
            }

            tenant.Settings = settings;
            tenant.SettingSections = sections;
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}

using System.Text.Json.Nodes;
using GovCms.Tenants;

namespace GovCms.Recipes.Steps;

/// <summary>
/// "siteSettings": typed settings sections of the site's modules, e.g.
/// <c>{ "name": "siteSettings", "sections": { "contents": { "latestCount": 8 } } }</c>. Each section is checked by its
/// class like the settings page checks it; the fields named are set, the others kept.
/// </summary>
internal sealed class SiteSettingsStep(SiteSettingsCatalog catalog, SiteSettingsStore store) : IRecipeStep
{
    public const string StepName = "siteSettings";

    private sealed record Input(Dictionary<string, JsonObject> Sections);

    public string Name => StepName;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        foreach (var (name, values) in context.Read<Input>().Sections)
        {
            var tenant = context.RequiredTenant;
            var path = $"sections.{name}";
            if (catalog.Find(name) is not { } section)
            {
                var known = string.Join(", ", catalog.Sections.Select(s => s.Name));
                context.Fail(path, $"không có mục cài đặt \"{name}\". Các mục: {(known.Length == 0 ? "(không có)" : known)}.");
                continue;
            }

            if (!catalog.IsEnabled(section, tenant))
            {
                context.Fail(path, $"mục cài đặt \"{section.Title}\" thuộc tính năng \"{catalog.Owner(section)}\" đang tắt ở đơn vị này. Hãy bật nó trong bước \"features\" trước.");
                continue;
            }

            var outcome = await store.SaveAsync(tenant, section, values, cancellationToken);
            if (!outcome.Succeeded)
            {
                foreach (var (field, message) in outcome.Errors)
                {
                    context.Fail($"{path}.{field}", message);
                }

                continue;
            }

            context.TenantChanged(outcome.Value!);
            foreach (var (key, value) in values)
            {
                context.Record("setting", $"{section.Title}: {key} = {value?.ToJsonString()}");
            }
        }
    }
}

/// <summary>Exports the sections the site saved (of its enabled modules) as one "siteSettings" step.</summary>
internal sealed class SiteSettingsExport(SiteSettingsCatalog catalog, SiteSettingsStore store) : IRecipeExportContributor
{
    public Task<IReadOnlyList<JsonObject>> ExportStepsAsync(TenantContext tenant, CancellationToken cancellationToken)
    {
        var sections = new JsonObject();
        foreach (var section in catalog.EnabledOn(tenant).Where(s => tenant.SettingSections.ContainsKey(s.Name)))
        {
            sections[section.Name] = store.Values(section, tenant);
        }

        IReadOnlyList<JsonObject> steps = sections.Count == 0 ? [] : [new JsonObject { ["name"] = SiteSettingsStep.StepName, ["sections"] = sections }];
        return Task.FromResult(steps);
    }
}

using GovCms.Tenants;

namespace GovCms.Recipes.Steps;

/// <summary>"menu": the site's main navigation, replaced whole: entries with title, url, quickLink and one level of children.</summary>
internal sealed class MenuStep(TenantService tenants) : IRecipeStep
{
    private sealed record Input(List<MenuEntryInput> Entries);

    public string Name => "menu";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var entries = context.Read<Input>().Entries;
        var outcome = await tenants.SetMenuAsync(context.RequiredTenant.Id, entries, cancellationToken);
        if (!outcome.Succeeded)
        {
            // The menu rules name entries "menu[2].children[0].url"; in the step they are "entries[2]...".
            foreach (var (key, message) in outcome.Errors)
            {
                context.Fail(key.StartsWith("menu", StringComparison.Ordinal) ? "entries" + key["menu".Length..] : key, message);
            }

            return;
        }

        context.TenantChanged(outcome.Value!);
        var count = outcome.Value!.Menu.Sum(e => 1 + e.Children.Count);
        context.Record("menu", $"Menu chính: {string.Join(", ", outcome.Value.Menu.Select(e => e.Title))} ({count} mục)");
    }
}

using System.Text.Json.Nodes;

namespace GovCms.Recipes.Steps;

/// <summary>
/// "tenants": creates tenants with other recipes, in the same transaction: [{"recipe": "commune",
/// "parameters": {...}}]. Their parent is the tenant this step runs on unless their recipe names one
/// ("parent": a unit code). "eachTenant" steps run in every one of them after its own recipe, with its
/// values ("{{unitName}}", "{{tenant.slug}}") as well as this recipe's.
/// </summary>
internal sealed class TenantsStep(RecipeRunner runner, RecipeLibrary library) : IRecipeStep
{
    private sealed record Entry(string Recipe, Dictionary<string, string>? Parameters);

    private sealed record Input(List<Entry> Tenants, JsonArray? EachTenant);

    public string Name => "tenants";

    public bool NeedsTenant => false;

    public IReadOnlyCollection<string> DeferredProperties => ["eachTenant"];

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var input = context.Read<Input>();
        var then = input.EachTenant is { Count: > 0 } steps ? new StepBlock(context.Recipe, $"{context.Path}.eachTenant", steps) : null;
        for (var index = 0; index < input.Tenants.Count; index++)
        {
            var entry = input.Tenants[index];
            var (recipe, errors) = library.Get(entry.Recipe);
            if (recipe is null)
            {
                context.FailWithin($"tenants[{index}].recipe", errors);
                return;
            }

            if (recipe.Tenant is null)
            {
                context.Fail($"tenants[{index}].recipe", $"công thức \"{recipe.Name}\" không tạo đơn vị (không có \"tenant\").");
                return;
            }

            try
            {
                var run = await runner.RunAsync(recipe, entry.Parameters ?? [], context.Tenant, context.Parameters, then, cancellationToken);
                context.RecordAll(run.Changes);
            }
            catch (RecipeException failure)
            {
                context.FailWithin($"tenants[{index}]", failure.Errors);
                return;
            }
        }
    }
}

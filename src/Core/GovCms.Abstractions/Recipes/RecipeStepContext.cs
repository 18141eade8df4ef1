using System.Text.Json;
using System.Text.Json.Nodes;
using GovCms.Content;
using GovCms.Tenants;

namespace GovCms.Recipes;

/// <summary>What a step handler gets: its JSON (parameters already filled in), the tenant it acts on, and where to report.</summary>
/// <param name="number">1-based position of the step in its list.</param>
/// <param name="path">JSON path of the step in its recipe, e.g. "$.steps[2]".</param>
/// <param name="onTenantChanged">Called when the step changed its tenant, so later steps see the change.</param>
public sealed class RecipeStepContext(
    string recipe,
    int number,
    string path,
    JsonObject step,
    TenantContext? tenant,
    IReadOnlyDictionary<string, string> parameters,
    Action<TenantContext> onTenantChanged)
{
    private readonly List<RecipeError> _errors = [];
    private readonly List<ProvisioningChange> _changes = [];

    public string Recipe { get; } = recipe;

    public int Number { get; } = number;

    public string Path { get; } = path;

    public string Name => Step["name"]?.GetValue<string>() ?? "";

    public JsonObject Step { get; } = step;

    /// <summary>The tenant the step acts on; null only for steps that run at host level.</summary>
    public TenantContext? Tenant { get; private set; } = tenant;

    public TenantContext RequiredTenant => Tenant ?? throw new InvalidOperationException($"Step '{Name}' runs without a tenant.");

    /// <summary>The recipe's parameter values, for steps that run further recipes.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; } = parameters;

    /// <summary>Who runs the provisioning through the admin; null for the host itself (command line, demo).</summary>
    public ProvisioningCaller? Caller { get; init; }

    public IReadOnlyList<RecipeError> Errors => _errors;

    public IReadOnlyList<ProvisioningChange> Changes => _changes;

    /// <summary>The step's JSON as a typed input.</summary>
    public T Read<T>() => Step.Deserialize<T>(ContentJson.Options) ?? throw new JsonException($"Step '{Name}' is empty.");

    /// <summary>Reports a problem at a path relative to the step ("values.Phone"); the provisioning is rolled back.</summary>
    public void Fail(string relativePath, string message) => _errors.Add(new RecipeError(Recipe, Number, Name, PathOf(relativePath), message));

    /// <summary>Passes on the errors of a recipe this step ran, saying where in this step it was run from.</summary>
    public void FailWithin(string relativePath, IEnumerable<RecipeError> inner)
    {
        var outer = new RecipeError(Recipe, Number, Name, PathOf(relativePath), "");
        _errors.AddRange(inner.Select(e => Nest(e, outer)));
    }

    public void Record(string kind, string description) =>
        _changes.Add(new ProvisioningChange(Tenant?.Slug ?? "", Recipe, Number, Name, kind, description));

    /// <summary>Passes on what a recipe run by this step changed.</summary>
    public void RecordAll(IEnumerable<ProvisioningChange> changes) => _changes.AddRange(changes);

    /// <summary>Tells the runner the step changed its tenant (a feature, a setting), so later steps see the change.</summary>
    public void TenantChanged(TenantContext changed)
    {
        Tenant = changed;
        onTenantChanged(changed);
    }

    private string PathOf(string relativePath) => relativePath.Length == 0 ? Path : $"{Path}.{relativePath}";

    private static RecipeError Nest(RecipeError error, RecipeError outer) =>
        error with { Outer = error.Outer is null ? outer : Nest(error.Outer, outer) };
}

using GovCms.Modules;

namespace GovCms.Audit;

/// <summary>
/// Every category and action of the audit log with its Vietnamese label: the engine's (<see cref="EngineAuditLabels"/>)
/// and those the modules of the host declare (<see cref="Module.AuditLabels"/>), in that order. A label declared twice,
/// or an action of a category nobody declares, stops the host at startup.
/// </summary>
public sealed class AuditVocabulary
{
    private readonly List<AuditCategoryTerms> _categories = [];

    public AuditVocabulary(ModuleCatalog modules)
        : this(EngineAuditLabels.All.Concat(modules.Modules.SelectMany(m => m.AuditLabels)))
    {
    }

    public AuditVocabulary(IEnumerable<AuditLabel> labels)
    {
        var list = labels.ToList();
        foreach (var category in list.Where(l => l.Action is null))
        {
            if (Find(category.Category) is not null)
            {
                throw new InvalidOperationException($"The audit category '{category.Category}' is declared twice.");
            }

            _categories.Add(new AuditCategoryTerms(category.Category, category.Label, []));
        }

        foreach (var action in list.Where(l => l.Action is not null))
        {
            var category = Find(action.Category)
                ?? throw new InvalidOperationException($"The audit action '{action.Action}' belongs to the category '{action.Category}', which nobody declares.");
            if (category.Actions.Any(a => a.Action == action.Action))
            {
                throw new InvalidOperationException($"The audit action '{action.Category}.{action.Action}' is declared twice.");
            }

            category.Actions.Add((action.Action!, action.Label));
        }
    }

    /// <summary>The categories with their actions, in the order the filter lists them.</summary>
    public IReadOnlyList<AuditCategoryTerms> Categories => _categories;

    public string Category(string category) => Find(category)?.Label ?? category;

    public string Action(string category, string action) =>
        Find(category)?.Actions.FirstOrDefault(a => a.Action == action) is { Label: { } label } ? label : action;

    private AuditCategoryTerms? Find(string category) => _categories.FirstOrDefault(c => c.Category == category);
}

/// <summary>A category of the audit log, its label and its actions.</summary>
public sealed record AuditCategoryTerms(string Category, string Label, List<(string Action, string Label)> Actions);

namespace GovCms.Recipes;

/// <summary>Maps step names to their one handler.</summary>
public static class RecipeStepCatalog
{
    /// <summary>The handlers by step name; two handlers for one name is a mistake of the host's code, refused at startup.</summary>
    public static IReadOnlyDictionary<string, IRecipeStep> ByName(IEnumerable<IRecipeStep> handlers)
    {
        var byName = new Dictionary<string, IRecipeStep>(StringComparer.Ordinal);
        foreach (var handler in handlers)
        {
            if (!byName.TryAdd(handler.Name, handler))
            {
                throw new InvalidOperationException(
                    $"Recipe step '{handler.Name}' has two handlers: {byName[handler.Name].GetType().FullName} and {handler.GetType().FullName}.");
            }
        }

        return byName;
    }
}

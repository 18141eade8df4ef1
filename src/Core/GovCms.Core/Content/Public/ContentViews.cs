using GovCms.Content.Parts;
using GovCms.Tenants;
using GovCms.Themes;
using Microsoft.AspNetCore.Mvc.ViewEngines;

namespace GovCms.Content.Public;

/// <summary>
/// The view of a generic public page, the first that exists of: the theme's (and its base themes') view for the type
/// (<c>/Themes/{Theme}/Views/Content/{Type}/{View}.cshtml</c>), the owning module's (<c>/Views/{Module}/Content/{Type}/{View}.cshtml</c>),
/// the theme's view for every type (<c>/Themes/{Theme}/Views/Content/{View}.cshtml</c>), then the engine's (<c>/Views/Content/{View}.cshtml</c>).
/// </summary>
public sealed class ContentViews(ThemeCatalog themes, ContentTypeCatalog types, ICurrentTenant current, ICompositeViewEngine engine)
{
    public const string List = "List";

    public const string Item = "Item";

    public string Find(ContentTypeDefinition type, string view) =>
        Candidates(type, view).FirstOrDefault(path => engine.GetView(executingFilePath: null, path, isMainPage: true).Success)
        ?? $"/Views/Content/{view}.cshtml";

    public IEnumerable<string> Candidates(ContentTypeDefinition type, string view)
    {
        var chain = themes.Resolve(current.Tenant?.Theme) is { } theme ? themes.Chain(theme.Name) : [];
        foreach (var manifest in chain)
        {
            yield return $"/Themes/{manifest.Name}/Views/Content/{type.Name}/{view}.cshtml";
        }

        yield return $"/Views/{types.ModuleOf(type)}/Content/{type.Name}/{view}.cshtml";
        foreach (var manifest in chain)
        {
            yield return $"/Themes/{manifest.Name}/Views/Content/{view}.cshtml";
        }

        yield return $"/Views/Content/{view}.cshtml";
    }
}

using System.Text.RegularExpressions;
using GovCms.Content.Parts;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tenants;

/// <summary>
/// Typed settings of a site that a module declares: a class whose properties carry the same field attributes as a
/// part's (<c>[NumberField("Số tin mới nhất", Min = 1, Max = 20)]</c>), its defaults the class's initialisers. Each
/// section has its own box on the settings page ("Cài đặt"), its API (<c>/api/admin/settings/{name}</c>) and its entry
/// in the recipe step "siteSettings"; it exists on a site only where its module is on.
/// </summary>
public sealed partial class SiteSettingsSection
{
    internal SiteSettingsSection(string name, string title, Type model, string? moduleId)
    {
        if (!NamePattern().IsMatch(name))
        {
            throw new ArgumentException($"Settings section name '{name}' must be lower case letters, digits and dashes, starting with a letter.", nameof(name));
        }

        Name = name;
        Title = title;
        ModuleId = moduleId;
        Fields = new ContentPartDefinition(model, title, null, null) { FieldKeyPrefix = name + "." };
    }

    /// <summary>The section's name in the API, the recipe step and the stored settings, e.g. "contents".</summary>
    public string Name { get; }

    /// <summary>The Vietnamese title of its box on the settings page, e.g. "Tin tức và trang".</summary>
    public string Title { get; }

    public Type Model => Fields.Model;

    /// <summary>The module that owns it (explicit, or the module whose assembly holds the class); null for the engine's own.</summary>
    public string? ModuleId { get; }

    /// <summary>The class's fields, read as a part's are: the same binder, checks, editors and Vietnamese errors.</summary>
    public ContentPartDefinition Fields { get; }

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex NamePattern();
}

/// <summary>The settings of the current site (defaults where the site stored none); read-only, cached until the site's settings change.</summary>
/// <remarks>For another site: <c>ITenantScopes.RunInAsync(id, services => services.GetRequiredService&lt;ISiteSettings&lt;T&gt;&gt;().Value)</c>.</remarks>
public interface ISiteSettings<out T> where T : class, new()
{
    T Value { get; }
}

public static class SiteSettingsServices
{
    /// <summary>
    /// Declares typed site settings: <c>services.AddSiteSettings&lt;ContentsSettings&gt;("contents", "Tin tức và trang")</c>;
    /// read them with an injected <see cref="ISiteSettings{T}"/>. The owner module is the one whose assembly holds
    /// <typeparamref name="T"/> unless <paramref name="moduleId"/> names it.
    /// </summary>
    public static IServiceCollection AddSiteSettings<T>(this IServiceCollection services, string section, string title, string? moduleId = null)
        where T : class, new() =>
        services.AddSingleton(new SiteSettingsSection(section, title, typeof(T), moduleId));
}

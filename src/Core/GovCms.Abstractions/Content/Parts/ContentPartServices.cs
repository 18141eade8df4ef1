using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovCms.Content.Parts;

public static class ContentPartServices
{
    /// <summary>
    /// Registers a part: its fields come from its properties' field attributes; <paramref name="editorPartial"/> is a
    /// Razor partial of its own for the editor (otherwise each field gets the admin theme's editor of its kind).
    /// Registering the same part twice keeps the first registration. <paramref name="displayPartial"/> is a partial of
    /// its own for public pages (otherwise each field is shown by the engine's display of its kind).
    /// </summary>
    public static IServiceCollection AddContentPart<TPart>(this IServiceCollection services, string displayName, string? editorPartial = null, string? displayPartial = null)
        where TPart : class, new() => services.Add(typeof(TPart), displayName, editorPartial, handler: null, displayPartial);

    /// <summary>As <see cref="AddContentPart{TPart}"/>, with a handler run on every save of an item carrying the part.</summary>
    public static IServiceCollection AddContentPart<TPart, THandler>(this IServiceCollection services, string displayName, string? editorPartial = null, string? displayPartial = null)
        where TPart : class, new()
        where THandler : ContentPartHandler<TPart>
    {
        services.TryAddScoped<THandler>();
        return services.Add(typeof(TPart), displayName, editorPartial, typeof(THandler), displayPartial);
    }

    /// <summary>
    /// Declares a content type outside <c>Module.ContentTypes</c> (e.g. a test's), owned by the module
    /// <paramref name="moduleId"/>: gated by that module's feature like the module's own types.
    /// </summary>
    public static IServiceCollection AddContentType(this IServiceCollection services, ContentTypeDefinition type, string moduleId) =>
        services.AddSingleton(new ContentTypeRegistration(type, moduleId));

    private static IServiceCollection Add(this IServiceCollection services, Type model, string displayName, string? editorPartial, Type? handler, string? displayPartial)
    {
        if (!services.Any(d => d.ServiceType == typeof(ContentPartDefinition) && d.ImplementationInstance is ContentPartDefinition p && p.Model == model))
        {
            services.AddSingleton(new ContentPartDefinition(model, displayName, editorPartial, handler, displayPartial));
        }

        return services;
    }
}

/// <summary>A content type declared with <see cref="ContentPartServices.AddContentType"/>.</summary>
public sealed record ContentTypeRegistration(ContentTypeDefinition Type, string ModuleId);

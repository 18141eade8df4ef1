namespace GovCms.Content;

/// <summary>A content type declared by a module in code.</summary>
/// <param name="Name">Technical name, e.g. "Article".</param>
/// <param name="DisplayName">Vietnamese name shown in the admin, e.g. "Tin tức".</param>
/// <param name="Parts">Names of the parts an item of this type carries.</param>
/// <param name="RoutePrefix">Public path segment of the type's items, e.g. "tin-tuc"; null when items have no public page.</param>
public sealed record ContentTypeDefinition(string Name, string DisplayName, IReadOnlyList<string> Parts, string? RoutePrefix)
{
    public bool Has(string partName) => Parts.Contains(partName);

    public ContentTypeSettings Settings { get; init; } = ContentTypeSettings.Default;

    /// <summary>The type has public pages at <c>/{RoutePrefix}/{slug}</c>.</summary>
    public bool HasPublicPages => RoutePrefix is not null;
}

/// <summary>What the engine offers for a type.</summary>
public sealed record ContentTypeSettings
{
    public static readonly ContentTypeSettings Default = new();

    /// <summary>Editors may create items in the admin and the API (otherwise only recipes and code do).</summary>
    public bool Creatable { get; init; } = true;

    /// <summary>The type has its list in the admin ("Tất cả nội dung" and its own).</summary>
    public bool Listable { get; init; } = true;

    /// <summary>Every save is kept as a version (history, restore); otherwise only the latest and the published one are kept.</summary>
    public bool Versioned { get; init; } = true;

    /// <summary>An editorial approval may be required before publication (otherwise it never applies to the type).</summary>
    public bool MayNeedApproval { get; init; } = true;

    /// <summary>
    /// The owner module serves the type's public pages itself (<c>/{RoutePrefix}</c>, <c>/{RoutePrefix}/{slug}</c>); otherwise
    /// the engine's generic pages do, wherever the module is on.
    /// </summary>
    public bool OwnPublicPages { get; init; }
}

namespace GovCms.Content;

/// <summary>A content type declared by a module in code.</summary>
/// <param name="Name">Technical name, e.g. "Article".</param>
/// <param name="DisplayName">Vietnamese name shown in the admin, e.g. "Tin tức".</param>
/// <param name="Parts">Names of the parts an item of this type carries.</param>
/// <param name="RoutePrefix">Public path segment of the type's items, e.g. "tin-tuc"; null when items have no public page.</param>
public sealed record ContentTypeDefinition(string Name, string DisplayName, IReadOnlyList<string> Parts, string? RoutePrefix)
{
    public bool Has(string partName) => Parts.Contains(partName);
}

namespace GovCms.Rendering;

/// <summary>A step of a page's breadcrumb; the last step is the page itself and has no link.</summary>
/// <param name="Href">Relative to the site, e.g. "/tin-tuc".</param>
public sealed record Crumb(string Title, string? Href = null);

using GovCms.Content.Parts;

namespace GovCms.Modules;

/// <summary>
/// The first path segments no site may take as its URL prefix: the host's own, and those the modules declare
/// (<see cref="Module.RouteSegments"/> and their content types' route prefixes, whether the type is in
/// <see cref="Module.ContentTypes"/> or declared with <c>AddContentType</c>), each with who uses it.
/// Two users of one segment stop the host at startup.
/// </summary>
public sealed class ReservedSegments
{
    /// <summary>Segments of the host itself: the admin, the API, files and what browsers and crawlers ask for.</summary>
    public static readonly IReadOnlyList<string> Host =
        ["admin", "api", "health", "media", "assets", "lib", "css", "js", "_content", "_framework", "favicon.ico", "robots.txt", "sitemap.xml"];

    private readonly Dictionary<string, string> _owners = new(StringComparer.OrdinalIgnoreCase);

    public ReservedSegments(IEnumerable<Module> modules, IEnumerable<ContentTypeRegistration> registrations)
    {
        modules = modules.ToList();
        foreach (var segment in Host)
        {
            Reserve(segment, "các trang của hệ thống");
        }

        foreach (var module in modules)
        {
            foreach (var segment in module.RouteSegments)
            {
                Reserve(segment, $"mô-đun \"{module.Manifest.Name}\"");
            }

            foreach (var type in module.ContentTypes.Where(t => !string.IsNullOrEmpty(t.RoutePrefix)))
            {
                Reserve(type.RoutePrefix!, $"loại nội dung \"{type.DisplayName}\" của mô-đun \"{module.Manifest.Name}\"");
            }
        }

        foreach (var registration in registrations.Where(r => !string.IsNullOrEmpty(r.Type.RoutePrefix)))
        {
            var module = modules.FirstOrDefault(m => string.Equals(m.Manifest.Id, registration.ModuleId, StringComparison.OrdinalIgnoreCase));
            Reserve(registration.Type.RoutePrefix!, $"loại nội dung \"{registration.Type.DisplayName}\" của mô-đun \"{module?.Manifest.Name ?? registration.ModuleId}\"");
        }
    }

    public IReadOnlyCollection<string> All => _owners.Keys;

    public bool Contains(string segment) => _owners.ContainsKey(segment);

    /// <summary>Who uses the segment, in Vietnamese ("mô-đun \"Tin tức và trang\""); null when it is free.</summary>
    public string? OwnerOf(string segment) => _owners.GetValueOrDefault(segment);

    /// <summary>The message for a site prefix that takes a reserved segment; null when the prefix is free.</summary>
    public string? ClashWith(string prefix) => OwnerOf(prefix) is { } owner
        ? $"Tiền tố đường dẫn '{prefix}' đã được dùng cho {owner}; hãy chọn tiền tố khác."
        : null;

    private void Reserve(string segment, string owner)
    {
        if (!_owners.TryAdd(segment.Trim('/'), owner))
        {
            throw new InvalidOperationException($"The route segment '{segment}' is declared twice: by {_owners[segment.Trim('/')]} and by {owner}.");
        }
    }
}

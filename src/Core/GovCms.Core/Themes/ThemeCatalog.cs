namespace GovCms.Themes;

/// <summary>The public themes compiled into the host, checked once at startup.</summary>
public sealed class ThemeCatalog
{
    /// <summary>The theme of a tenant that names none, or names one the host does not have.</summary>
    public const string DefaultTheme = "Portal";

    private readonly Dictionary<string, ThemeManifest> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, IReadOnlyList<ThemeManifest>> _chains = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, IReadOnlyList<string>> _stylesheets = new(StringComparer.OrdinalIgnoreCase);

    public ThemeCatalog(IEnumerable<ThemeManifest> themes)
    {
        Themes = themes.ToList();
        foreach (var theme in Themes)
        {
            if (!_byName.TryAdd(theme.Name, theme))
            {
                throw new InvalidOperationException($"Theme '{theme.Name}' is listed twice.");
            }
        }

        foreach (var theme in Themes)
        {
            var chain = BuildChain(theme);
            _chains[theme.Name] = chain;
            _stylesheets[theme.Name] = chain.AsEnumerable().Reverse().SelectMany(t => t.Stylesheets).ToList();
        }
    }

    public IReadOnlyList<ThemeManifest> Themes { get; }

    public ThemeManifest? Find(string? name) => name is null ? null : _byName.GetValueOrDefault(name);

    /// <summary>The theme a tenant's pages use: the one it names when the host has it, else the default.</summary>
    public ThemeManifest? Resolve(string? name) => Find(name) ?? Find(DefaultTheme);

    /// <summary>The theme followed by its base themes: the order in which views are looked for.</summary>
    public IReadOnlyList<ThemeManifest> Chain(string themeName) => _chains.GetValueOrDefault(themeName) ?? [];

    /// <summary>The stylesheets a page of a tenant with this theme loads, base theme's first.</summary>
    public IReadOnlyList<string> Stylesheets(string? tenantTheme) => Resolve(tenantTheme) is { } theme ? _stylesheets[theme.Name] : [];

    /// <summary>The icon of a tenant's theme, or of the nearest base theme that has one.</summary>
    public string? Favicon(string? tenantTheme) =>
        Resolve(tenantTheme) is { } theme ? Chain(theme.Name).Select(t => t.Favicon).FirstOrDefault(f => f is not null) : null;

    private List<ThemeManifest> BuildChain(ThemeManifest theme)
    {
        var chain = new List<ThemeManifest> { theme };
        for (var baseName = theme.BaseTheme; baseName is not null; baseName = chain[^1].BaseTheme)
        {
            var baseTheme = Find(baseName)
                ?? throw new InvalidOperationException($"Theme '{theme.Name}' builds on '{baseName}', which the host does not list.");
            if (chain.Contains(baseTheme))
            {
                throw new InvalidOperationException($"Theme '{theme.Name}' builds on itself through '{baseName}'.");
            }

            chain.Add(baseTheme);
        }

        return chain;
    }
}

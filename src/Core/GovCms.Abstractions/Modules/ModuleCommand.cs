namespace GovCms.Modules;

/// <summary>
/// A command a module adds to the host's command line: <c>GovCms.Web {Group} {Name} [arguments] --site SLUG [options]</c>
/// (e.g. <c>documents import registry.xlsx --site xa-dong-son</c>). The host finds the site, runs
/// <typeparamref name="THandler"/> in a service scope set to it (as the host itself: trusted, like the
/// <c>tenants</c> commands) and draws the progress it reports with a progress bar.
/// </summary>
/// <param name="Group">The first word, usually the module's area ("documents", "procedures", "search").</param>
/// <param name="Name">The second word ("import", "rebuild").</param>
/// <param name="Usage">The Vietnamese lines shown in the host's usage, after the command itself.</param>
/// <param name="Handler">An <see cref="IModuleCommand"/>, created in the site's scope with its constructor's services.</param>
public sealed record ModuleCommand(string Group, string Name, string Usage, Type Handler)
{
    /// <summary>How many positional arguments come before the options (e.g. the file).</summary>
    public int Arguments { get; init; }

    /// <summary>Options that take a value, besides <c>--site</c> (e.g. "--sheet").</summary>
    public IReadOnlyList<string> Options { get; init; } = [];

    /// <summary>Options without a value (e.g. "--dry-run", "--publish").</summary>
    public IReadOnlyList<string> Flags { get; init; } = [];

    public string Verb => $"{Group} {Name}";

    public static ModuleCommand For<THandler>(string group, string name, string usage) where THandler : IModuleCommand =>
        new(group, name, usage, typeof(THandler));
}

/// <summary>What a module command does. Answer 0 when everything went well, 1 when some of the work failed, 2 when the input is wrong.</summary>
public interface IModuleCommand
{
    Task<int> RunAsync(ModuleCommandContext context, CancellationToken cancellationToken);
}

/// <summary>What the host hands a command: its arguments and options as typed, the site it runs for, and the console.</summary>
public sealed class ModuleCommandContext(
    IReadOnlyList<string> arguments,
    IReadOnlyDictionary<string, string> options,
    IReadOnlySet<string> flags,
    GovCms.Tenants.TenantContext site,
    ICommandConsole console,
    string workingDirectory)
{
    public IReadOnlyList<string> Arguments { get; } = arguments;
    public IReadOnlyDictionary<string, string> Options { get; } = options;
    public IReadOnlySet<string> Flags { get; } = flags;
    public GovCms.Tenants.TenantContext Site { get; } = site;
    public ICommandConsole Console { get; } = console;

    /// <summary>A path typed on the command line, relative to the folder the command was typed in.</summary>
    public string FullPath(string path) => Path.GetFullPath(path, workingDirectory);
}

/// <summary>The host's console, drawn by the host (colours, tables, a progress bar).</summary>
public interface ICommandConsole
{
    void Line(string text);

    void Error(string text);

    /// <summary>A table with a title; each row has one cell per column.</summary>
    void Table(string title, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows);

    /// <summary>Runs <paramref name="work"/> under a progress bar of <paramref name="total"/> steps.</summary>
    Task<T> ProgressAsync<T>(string description, long total, Func<ICommandProgress, Task<T>> work);
}

/// <summary>Progress reported by a command's work; the host redraws its bar.</summary>
public interface ICommandProgress
{
    void Advance(long steps = 1);

    /// <summary>Changes the text beside the bar (e.g. what is being done now).</summary>
    void Describe(string description);
}

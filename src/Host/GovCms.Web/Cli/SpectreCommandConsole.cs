using GovCms.Modules;
using Spectre.Console;

namespace GovCms.Web.Cli;

/// <summary>The console of module commands, drawn with Spectre.Console as the host's own commands are (a progress bar, tables).</summary>
internal sealed class SpectreCommandConsole : ICommandConsole
{
    public void Line(string text) => AnsiConsole.WriteLine(text);

    public void Error(string text) => AnsiConsole.MarkupLineInterpolated($"[red]{text}[/]");

    public void Table(string title, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        var table = new Table().Title(Markup.Escape(title)).AddColumns(columns.Select(c => new TableColumn(Markup.Escape(c))).ToArray());
        foreach (var row in rows)
        {
            table.AddRow(row.Select(cell => new Markup(Markup.Escape(cell))).ToArray());
        }

        AnsiConsole.Write(table);
    }

    public async Task<T> ProgressAsync<T>(string description, long total, Func<ICommandProgress, Task<T>> work)
    {
        T result = default!;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask(Markup.Escape(description), maxValue: Math.Max(1, total));
                result = await work(new Bar(task));
                task.Value = task.MaxValue;
            });
        return result;
    }

    private sealed class Bar(ProgressTask task) : ICommandProgress
    {
        public void Advance(long steps = 1) => task.Increment(steps);

        public void Describe(string description) => task.Description = Markup.Escape(description);
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace GovCms.Tests.Infrastructure;

/// <summary>
/// The built host started as its own process, as an operator starts it (<c>dotnet GovCms.Web.dll</c>), listening on a
/// free port of 127.0.0.1. Its output is kept line by line; it is killed when disposed.
/// </summary>
public sealed partial class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    private HostProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Output => string.Join("\n", _lines);

    /// <summary>The address it listens on, once it does.</summary>
    public Uri? Address { get; private set; }

    /// <summary>Starts the host with these environment variables (the environment name among them) and waits until it listens.</summary>
    public static async Task<HostProcess> StartAsync(IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            // The host's folder is its content root there, with its appsettings files.
            WorkingDirectory = Path.GetDirectoryName(RepositoryFolders.HostAssembly),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(RepositoryFolders.HostAssembly);
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var host = new HostProcess(Process.Start(start)!);
        await host.WaitForAsync(line => host.Address is not null, "the host to listen");
        return host;
    }

    /// <summary>Waits, with a generous deadline, until a line of the output satisfies <paramref name="condition"/>.</summary>
    public async Task WaitForAsync(Func<string, bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!_lines.Any(condition))
        {
            Assert.False(_process.HasExited, $"The host stopped before {what}:\n{Output}");
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for {what}:\n{Output}");
            await Task.Delay(50);
        }
    }

    public HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true })
    {
        BaseAddress = Address,
        DefaultRequestHeaders = { { SiteClient.ApiHeader, "1" } },
    };

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        if (ListeningPattern().Match(line) is { Success: true } listening)
        {
            Address = new Uri(listening.Groups[1].Value);
        }

        _lines.Enqueue(line);
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningPattern();

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}

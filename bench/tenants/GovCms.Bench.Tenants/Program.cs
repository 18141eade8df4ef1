// Creates every administrative unit of Vietnam as a tenant through TenantService, then times
// tenant resolution for random requests. Usage: GovCms.Bench.Tenants [units.csv] [--requests N]
// Results (Markdown) go to stdout, progress to stderr. Exit code 1 on a wrong resolution.
using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using GovCms.Hosting;
using GovCms.Tenants;
using GovCms.Text;
using GovCms.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

const double RssGrowthTargetMb = 150;
const double MedianTargetMicroseconds = 50;
const string SharedHost = "govcms.gov.vn";
const string ArticlePath = "/tin-tuc/some-article";

string? csvPath = null;
var requestCount = 200_000;
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--requests" && i + 1 < args.Length)
    {
        requestCount = int.Parse(args[++i], CultureInfo.InvariantCulture);
    }
    else
    {
        csvPath = args[i];
    }
}

csvPath ??= DefaultCsvPath();
var units = ReadUnits(csvPath);
Console.Error.WriteLine($"{units.Count:N0} units from {csvPath}");

var workFolder = Path.Combine(Path.GetTempPath(), $"govcms-bench-tenants-{Guid.NewGuid():N}");
Directory.CreateDirectory(workFolder);
var exitCode = 0;
try
{
    exitCode = await RunAsync(Path.Combine(workFolder, "govcms.db"));
}
finally
{
    SqliteConnection.ClearAllPools();
    Directory.Delete(workFolder, recursive: true);
}

return exitCode;

async Task<int> RunAsync(string databasePath)
{
    var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["GovCms:Database:Provider"] = "Sqlite",
        ["GovCms:Database:ConnectionString"] = new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = true }.ToString(),
        ["GovCms:Database:MigrateOnStartup"] = "true",
    }).Build();
    var services = new ServiceCollection();
    services.AddSingleton<IConfiguration>(configuration);
    services.AddLogging();
    services.AddGovCms(configuration, Path.GetDirectoryName(databasePath)!, HostModules.All(), HostThemes.All());
    await using var provider = services.BuildServiceProvider();
    await provider.InitializeGovCmsAsync();
    var catalog = provider.GetRequiredService<TenantCatalog>();

    // The root answers unknown prefixes. Creating it first also warms EF Core (model, queries),
    // so the baseline below already holds what does not grow with the number of tenants.
    var rootId = (await CreateAsync(provider, new TenantCreateRequest { Name = "root", DisplayName = "Cổng thông tin điện tử", Level = "province", UrlPrefix = "" })).Id;
    var before = MemorySnapshot.Take();

    var creation = Stopwatch.StartNew();
    var created = await CreateUnitsAsync(provider, units, catalog.Find(rootId)!.Slug);
    creation.Stop();
    var after = MemorySnapshot.Take();
    Console.Error.WriteLine($"{created.Count:N0} tenants in {creation.Elapsed.TotalSeconds:N1} s; catalog holds {catalog.Count:N0}");

    // What a restarted host does: the whole catalog from the database at once.
    var reload = Stopwatch.StartNew();
    await catalog.LoadAllAsync();
    reload.Stop();
    var reloaded = MemorySnapshot.Take();

    var middleware = new TenantResolutionMiddleware(_ => Task.CompletedTask, catalog);
    var random = new Random(20260301);
    var warmUp = Resolve(middleware, BuildRequests(catalog, created, rootId, Math.Min(requestCount, 20_000), random));
    var timed = Resolve(middleware, BuildRequests(catalog, created, rootId, requestCount, random));
    var mismatches = warmUp.Mismatches + timed.Mismatches;

    var growthMb = (after.RssBytes - before.RssBytes) / 1024.0 / 1024.0;
    var median = Percentile(timed.Microseconds, 0.50);
    var p90 = Percentile(timed.Microseconds, 0.90);
    var p99 = Percentile(timed.Microseconds, 0.99);
    var table = new (string Measure, string Value)[]
    {
        ("Tenants created from the CSV", $"{created.Count:N0} ({catalog.Count:N0} in the catalog with the root)"),
        ("Creation time", $"{creation.Elapsed.TotalSeconds:N1} s"),
        ("Creation rate", $"{created.Count / creation.Elapsed.TotalSeconds:N0} tenants/s"),
        ("RSS before", Mb(before.RssBytes)),
        ("RSS after", Mb(after.RssBytes)),
        ("RSS growth", $"{growthMb:N1} MB (target < {RssGrowthTargetMb:N0} MB)"),
        ("RSS growth per tenant", $"{(after.RssBytes - before.RssBytes) / (double)created.Count / 1024:N1} KB"),
        ("Managed heap before / after", $"{Mb(before.ManagedBytes)} / {Mb(after.ManagedBytes)}"),
        ("Catalog reload (as at startup)", $"{reload.Elapsed.TotalMilliseconds:N0} ms, RSS then {Mb(reloaded.RssBytes)}"),
        ("GC", GCSettings.IsServerGC ? "server" : "workstation"),
        ("Resolutions timed (after warm-up)", $"{timed.Microseconds.Length:N0} ({timed.ByHost:N0} by host, {timed.ByPrefix:N0} by prefix, {timed.ToRoot:N0} to the root)"),
        ("Resolution median", $"{median:N2} µs (target < {MedianTargetMicroseconds:N0} µs)"),
        ("Resolution p90", $"{p90:N2} µs"),
        ("Resolution p99", $"{p99:N2} µs"),
        ("Allocated per resolution", $"{timed.AllocatedBytes / (double)timed.Microseconds.Length:N0} bytes"),
        ("Wrong resolutions", $"{mismatches:N0}"),
    };

    Console.WriteLine("| Measure | Value |");
    Console.WriteLine("|---|---|");
    foreach (var (measure, value) in table)
    {
        Console.WriteLine($"| {measure} | {value} |");
    }

    Console.WriteLine();
    if (growthMb >= RssGrowthTargetMb)
    {
        Console.WriteLine($"TARGET MISSED: RSS growth {growthMb:N1} MB is not under {RssGrowthTargetMb:N0} MB.");
    }

    if (median >= MedianTargetMicroseconds)
    {
        Console.WriteLine($"TARGET MISSED: median resolution {median:N2} µs is not under {MedianTargetMicroseconds:N0} µs.");
    }

    if (mismatches > 0)
    {
        Console.WriteLine($"WRONG RESOLUTIONS: {mismatches:N0} requests resolved to another tenant than expected.");
        foreach (var example in warmUp.Examples.Concat(timed.Examples).Take(10))
        {
            Console.WriteLine($"- {example}");
        }

        return 1;
    }

    return 0;
}

// Only units and ids are kept: the catalog holds the tenants, and the memory measured is the catalog's.
static async Task<List<(Unit Unit, int Id)>> CreateUnitsAsync(IServiceProvider provider, List<Unit> units, string rootSlug)
{
    var creation = Stopwatch.StartNew();
    var slugs = new HashSet<string>(StringComparer.Ordinal) { rootSlug };
    var idByCode = new Dictionary<string, int>(StringComparer.Ordinal);
    var created = new List<(Unit Unit, int Id)>(units.Count);
    foreach (var unit in units)
    {
        var slug = VietnameseText.Slugify(unit.Name);
        if (!slugs.Add(slug) || TenantService.ReservedPrefixes.Contains(slug))
        {
            slug = $"{slug}-{unit.Code}";
            slugs.Add(slug);
        }

        var tenant = await CreateAsync(provider, new TenantCreateRequest
        {
            Name = unit.Code,
            DisplayName = unit.Name,
            Slug = slug,
            Level = unit.Level,
            ParentId = unit.ParentCode.Length == 0 ? null : idByCode[unit.ParentCode],
            HostNames = unit.Level == "province" ? [$"{slug}.gov.vn"] : [],
        });
        idByCode[unit.Code] = tenant.Id;
        created.Add((unit, tenant.Id));
        if (created.Count % 1000 == 0)
        {
            Console.Error.WriteLine($"{created.Count,6:N0} tenants, {created.Count / creation.Elapsed.TotalSeconds:N0}/s");
        }
    }

    return created;
}

static async Task<TenantContext> CreateAsync(IServiceProvider provider, TenantCreateRequest request)
{
    await using var scope = provider.CreateAsyncScope();
    var outcome = await scope.ServiceProvider.GetRequiredService<TenantService>().CreateAsync(request);
    return outcome.Succeeded
        ? outcome.Tenant!
        : throw new InvalidOperationException($"Tenant {request.Name} ({request.DisplayName}): {string.Join(" ", outcome.Errors.Values)}");
}

// A mix of what a shared host sees: provinces by their own host name, districts and communes by
// prefix on the shared host, and paths that are no tenant's prefix and so belong to the root.
static List<Request> BuildRequests(TenantCatalog catalog, List<(Unit Unit, int Id)> created, int rootId, int count, Random random)
{
    var root = catalog.Find(rootId)!;
    var provinces = created.Where(c => c.Unit.Level == "province").Select(c => catalog.Find(c.Id)!).ToArray();
    var others = created.Where(c => c.Unit.Level != "province").Select(c => catalog.Find(c.Id)!).ToArray();
    var requests = new List<Request>(count);
    for (var i = 0; i < count; i++)
    {
        var roll = random.Next(100);
        if (roll < 15)
        {
            var province = provinces[random.Next(provinces.Length)];
            requests.Add(new Request(RequestKind.Host, province.HostNames[0], ArticlePath, province));
        }
        else if (roll < 95)
        {
            var tenant = others[random.Next(others.Length)];
            requests.Add(new Request(RequestKind.Prefix, SharedHost, "/" + tenant.UrlPrefix + ArticlePath, tenant));
        }
        else
        {
            var path = random.Next(2) == 0 ? ArticlePath : $"/khong-co-don-vi-{random.Next(1000)}{ArticlePath}";
            requests.Add(new Request(RequestKind.Root, SharedHost, path, root));
        }
    }

    return requests;
}

static Timings Resolve(TenantResolutionMiddleware middleware, List<Request> requests)
{
    var microseconds = new double[requests.Count];
    var examples = new List<string>();
    long allocated = 0;
    var mismatches = 0;
    var counts = new int[3];
    for (var i = 0; i < requests.Count; i++)
    {
        var request = requests[i];
        var context = new DefaultHttpContext();
        context.Request.Host = new HostString(request.Host);
        context.Request.Path = new PathString(request.Path);

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var start = Stopwatch.GetTimestamp();
        var tenant = middleware.Resolve(context);
        var elapsed = Stopwatch.GetTimestamp() - start;
        allocated += GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        microseconds[i] = elapsed * 1_000_000.0 / Stopwatch.Frequency;

        // A prefix moves from Path to PathBase; otherwise the path is left alone.
        var (expectedPathBase, expectedPath) = request.Kind == RequestKind.Prefix ? ("/" + request.Expected.UrlPrefix, ArticlePath) : ("", request.Path);
        if (tenant?.Id != request.Expected.Id || context.Request.PathBase.Value != expectedPathBase || context.Request.Path.Value != expectedPath)
        {
            mismatches++;
            if (examples.Count < 10)
            {
                examples.Add($"{request.Host}{request.Path}: expected {request.Expected.Name}, got {tenant?.Name ?? "none"} (PathBase '{context.Request.PathBase}', Path '{context.Request.Path}')");
            }
        }

        counts[(int)request.Kind]++;
    }

    Array.Sort(microseconds);
    return new Timings(microseconds, allocated, mismatches, counts[(int)RequestKind.Host], counts[(int)RequestKind.Prefix], counts[(int)RequestKind.Root], examples);
}

static double Percentile(double[] sorted, double fraction) => sorted[Math.Min(sorted.Length - 1, (int)(fraction * sorted.Length))];

static string Mb(long bytes) => $"{bytes / 1024.0 / 1024.0:N1} MB";

static List<Unit> ReadUnits(string path)
{
    var lines = File.ReadAllLines(path);
    var header = lines[0].Split(',');
    if (!header.SequenceEqual(["level", "code", "name", "type", "parent_code"]))
    {
        throw new InvalidDataException($"{path}: expected the columns level,code,name,type,parent_code.");
    }

    return lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).Select(f => new Unit(f[0], f[1], f[2].Trim(), f[4])).ToList();
}

// The repository's parent folder holds shared/data.
static string DefaultCsvPath()
{
    for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
    {
        if (File.Exists(Path.Combine(folder.FullName, "GovCms.sln")))
        {
            return Path.Combine(folder.FullName, "..", "shared", "data", "vn-admin-units.csv");
        }
    }

    throw new InvalidOperationException("Run inside the repository or pass the path of vn-admin-units.csv.");
}

internal sealed record Unit(string Level, string Code, string Name, string ParentCode);

internal enum RequestKind { Host, Prefix, Root }

internal sealed record Request(RequestKind Kind, string Host, string Path, TenantContext Expected);

internal sealed record Timings(double[] Microseconds, long AllocatedBytes, int Mismatches, int ByHost, int ByPrefix, int ToRoot, List<string> Examples);

internal readonly record struct MemorySnapshot(long RssBytes, long ManagedBytes)
{
    /// <summary>After a full, compacting GC that also returns free memory to the OS.</summary>
    public static MemorySnapshot Take()
    {
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return new MemorySnapshot(ReadRss(), GC.GetTotalMemory(forceFullCollection: false));
    }

    private static long ReadRss()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }
}

// 100,000 items of one type over one province's sites, then a subtree query of a declared index with two
// filters and paging, timed. Usage: GovCms.Bench.Index <Sqlite|PostgreSql> <connection string> <units.csv>
//   [--province 38] [--items 100000] [--queries 400]
// Results (one Markdown table row per scope) go to stdout, progress to stderr.
using System.Diagnostics;
using System.Globalization;
using GovCms.Bench.Index;
using GovCms.Content;
using GovCms.Content.Indexing;
using GovCms.Contents;
using GovCms.Data;
using GovCms.Hosting;
using GovCms.Tenants;
using GovCms.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

var (provider, connection, csv) = (args[0], args[1], args[2]);
var provinceCode = Option("--province", "38");
var itemCount = int.Parse(Option("--items", "100000"), CultureInfo.InvariantCulture);
var queryCount = int.Parse(Option("--queries", "400"), CultureInfo.InvariantCulture);
string[] fields = ["giao-duc", "y-te", "dat-dai", "xay-dung", "tai-chinh", "nong-nghiep", "giao-thong", "van-hoa"];
string[] kinds = ["quyet-dinh", "cong-van", "ke-hoach", "thong-bao", "nghi-quyet", "bao-cao"];

var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["GovCms:Database:Provider"] = provider,
    ["GovCms:Database:ConnectionString"] = connection,
}).Build();
var services = new ServiceCollection();
services.AddSingleton<IConfiguration>(configuration);
services.AddLogging();
services.AddGovCms(configuration, Path.GetTempPath(), HostModules.All(), HostThemes.All());
services.AddContentIndex(item => item.Get<NoticePart>() is { } notice
    ? [new NoticeIndex { Field = notice.Field, Kind = notice.Kind, IssuedUtc = notice.IssuedUtc }]
    : Enumerable.Empty<NoticeIndex>(), ContentsModule.Article.Name);
services.AddSingleton<IModelContributor, NoticeIndexModel>();
// The bench's index is a module the migrations do not know: its table is created from the model below.
services.ConfigureDbContext<GovCmsDbContext>(o => o.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)));
await using var host = services.BuildServiceProvider();
await host.InitializeGovCmsAsync();
await CreateIndexTableAsync();

var units = File.ReadLines(csv).Skip(1).Select(l => l.Split(','))
    .Select(c => (Level: c[0], Code: c[1], Name: c[2], Parent: c[4]))
    .ToList();
var inProvince = new HashSet<string> { provinceCode };
foreach (var level in new[] { "district", "commune" })
{
    foreach (var unit in units.Where(u => u.Level == level && inProvince.Contains(u.Parent)))
    {
        inProvince.Add(unit.Code);
    }
}

var clock = Stopwatch.StartNew();
var ids = new Dictionary<string, int>();
foreach (var unit in units.Where(u => inProvince.Contains(u.Code)).OrderBy(u => u.Level == "province" ? 0 : u.Level == "district" ? 1 : 2))
{
    await using var scope = host.CreateAsyncScope();
    var outcome = await scope.ServiceProvider.GetRequiredService<TenantService>().CreateAsync(new TenantCreateRequest
    {
        Name = unit.Code, DisplayName = unit.Name, Slug = GovCms.Text.VietnameseText.Slugify(unit.Name) + "-" + unit.Code, Level = unit.Level,
        ParentId = unit.Parent.Length == 0 ? null : ids[unit.Parent], Features = [ContentsModule.Id],
    });
    ids[unit.Code] = outcome.Value?.Id ?? throw new InvalidOperationException(string.Join(" ", outcome.Errors.Values));
}

Console.Error.WriteLine($"{ids.Count} sites in {clock.Elapsed.TotalSeconds:N1} s");
var sites = ids.Values.ToArray();
var random = new Random(42);
clock.Restart();
var declaration = host.GetServices<ContentIndexDeclaration>().Single(d => d.RowType == typeof(NoticeIndex));
for (var done = 0; done < itemCount;)
{
    await using var scope = host.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<GovCmsDbContext>();
    db.ChangeTracker.AutoDetectChangesEnabled = false;
    using (db.CrossTenantWrites())
    {
        for (var i = 0; i < 2_000 && done < itemCount; i++, done++)
        {
            AddItem(db, sites[random.Next(sites.Length)], done);
        }

        await db.SaveChangesAsync();
    }
}

Console.Error.WriteLine($"{itemCount:N0} items in {clock.Elapsed.TotalSeconds:N1} s");
await AnalyzeAsync();

var province = ids[provinceCode];
var districts = units.Where(u => u.Level == "district" && u.Parent == provinceCode).Select(u => ids[u.Code]).ToArray();
if (args.Contains("--explain"))
{
    await ExplainAsync(SiteScope.Subtree(province));
    await ExplainAsync(SiteScope.VisibleFrom(sites[^1]));
}

Console.WriteLine(await MeasureAsync("Subtree(province)", () => SiteScope.Subtree(province)));
Console.WriteLine(await MeasureAsync("Subtree(district)", () => SiteScope.Subtree(districts[random.Next(districts.Length)])));
Console.WriteLine(await MeasureAsync("VisibleFrom(commune)", () => SiteScope.VisibleFrom(sites[random.Next(sites.Length)])));
Console.WriteLine(await CountsAsync(districts));
return 0;

async Task<string> MeasureAsync(string name, Func<SiteScope> scopeOf)
{
    var times = new List<double>();
    long rows = 0;
    for (var i = -20; i < queryCount; i++)
    {
        await using var scope = host.CreateAsyncScope();
        var index = scope.ServiceProvider.GetRequiredService<IContentIndex<NoticeIndex>>();
        var (field, kind, page) = (fields[random.Next(fields.Length)], kinds[random.Next(kinds.Length)], 1 + random.Next(5));
        var started = Stopwatch.GetTimestamp();
        var result = await index.PageAsync(index.Query(scopeOf())
            .Where(r => r.Field == field && r.Kind == kind)
            .OrderByDescending(r => r.IssuedUtc).ThenByDescending(r => r.Id), page, 20);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (i >= 0)
        {
            times.Add(elapsed);
            rows += result.Total;
        }
    }

    times.Sort();
    return $"| {provider} | {name} | {queryCount} | {rows / queryCount:N0} | {Percentile(0.5):N2} ms | {Percentile(0.95):N2} ms | {Percentile(0.99):N2} ms |";

    double Percentile(double p) => times[(int)Math.Ceiling(p * times.Count) - 1];
}

async Task<string> CountsAsync(int[] districtIds)
{
    var times = new List<double>();
    long items = 0;
    for (var i = -5; i < 50; i++)
    {
        await using var scope = host.CreateAsyncScope();
        var index = scope.ServiceProvider.GetRequiredService<IContentIndex<NoticeIndex>>();
        var started = Stopwatch.GetTimestamp();
        var counts = await index.CountBySiteAsync(index.Query(SiteScope.Subtree(districtIds[random.Next(districtIds.Length)])));
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (i >= 0)
        {
            times.Add(elapsed);
            items += counts.Values.Sum();
        }
    }

    times.Sort();
    return $"| {provider} | CountBySiteAsync(Subtree(district)) | 50 | {items / 50:N0} items | {times[24]:N2} ms | {times[47]:N2} ms | {times[49]:N2} ms |";
}

void AddItem(GovCmsDbContext db, int tenantId, int n)
{
    var id = Guid.CreateVersion7().ToString("N");
    var issued = new DateTime(2021, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(random.Next(5 * 365 * 24 * 60));
    var item = new ContentItem { ContentItemId = id, ContentType = ContentsModule.Article.Name, DisplayText = $"Thông báo số {n}" };
    item.Apply(new NoticePart { Field = fields[random.Next(fields.Length)], Kind = kinds[random.Next(kinds.Length)], IssuedUtc = issued });
    db.Add(new ContentItemRecord
    {
        Id = id, TenantId = tenantId, ContentType = item.ContentType, Slug = $"thong-bao-{n}", DisplayText = item.DisplayText, SearchText = $"thong bao so {n}",
        LatestVersion = 1, PublishedVersion = 1, CreatedUtc = issued, ModifiedUtc = issued, PublishedUtc = issued, ConcurrencyStamp = id,
    });
    db.Add(new ContentVersionRecord
    {
        TenantId = tenantId, ContentItemId = id, Number = 1, Latest = true, Published = true, ContentType = item.ContentType,
        DisplayText = item.DisplayText, Slug = $"thong-bao-{n}", Data = item.Parts.ToJsonString(), SortDateUtc = issued, CreatedUtc = issued,
    });
    // The rows the engine's index handler writes for a published item: the declared map, then the base columns.
    foreach (var row in declaration.Map(item))
    {
        (row.TenantId, row.ContentItemId, row.ContentType, row.Latest, row.Published) = (tenantId, id, item.ContentType, true, true);
        db.Add(row);
    }
}

async Task CreateIndexTableAsync()
{
    await using var scope = host.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<GovCmsDbContext>();
    var script = db.Database.GenerateCreateScript();
    foreach (var statement in script.Split(';').Select(s => s.Trim()).Where(s => s.Contains("\"NoticeIndex\"", StringComparison.Ordinal) && s.StartsWith("CREATE", StringComparison.Ordinal)))
    {
        await db.Database.ExecuteSqlRawAsync(statement);
    }
}

async Task AnalyzeAsync()
{
    await using var scope = host.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<GovCmsDbContext>();
    await db.Database.ExecuteSqlRawAsync(db.Provider == DatabaseProvider.Sqlite ? "ANALYZE" : "ANALYZE \"NoticeIndex\"; ANALYZE \"TenantAncestry\"");
}

async Task ExplainAsync(SiteScope scope)
{
    await using var scope2 = host.CreateAsyncScope();
    var index = scope2.ServiceProvider.GetRequiredService<IContentIndex<NoticeIndex>>();
    var db = scope2.ServiceProvider.GetRequiredService<GovCmsDbContext>();
    var query = index.Query(scope).Where(r => r.Field == "y-te" && r.Kind == "cong-van").OrderByDescending(r => r.IssuedUtc).ThenByDescending(r => r.Id).Skip(40).Take(20);
    foreach (var command in new[] { query.CreateDbCommand(), index.Query(scope).Where(r => r.Field == "y-te" && r.Kind == "cong-van").Select(r => r.Id).CreateDbCommand() })
    {
        Console.Error.WriteLine(command.CommandText);
        await db.Database.OpenConnectionAsync();
        command.Connection = db.Database.GetDbConnection();
        command.CommandText = (db.Provider == DatabaseProvider.Sqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN ANALYZE ") + command.CommandText;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            Console.Error.WriteLine(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i))));
        }
    }
}

string Option(string name, string fallback) => Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;

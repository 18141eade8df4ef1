// 200,000 documents over one province's sites, then the registry's queries through the module's declared index, and the
// import of a 10,000-row XLSX through the module's importer, timed. Usage:
//   GovCms.Bench.Documents <Sqlite|PostgreSql> <connection string> <units.csv> [--province 38] [--documents 200000] [--queries 300] [--import-rows 10000]
// Results (one Markdown table row per measure) go to stdout, progress to stderr.
using System.Diagnostics;
using System.Globalization;
using ClosedXML.Excel;
using GovCms.Bench.Documents;
using GovCms.Content;
using GovCms.Content.Fields;
using GovCms.Content.Indexing;
using GovCms.Data;
using GovCms.Documents;
using GovCms.Documents.Import;
using GovCms.Hosting;
using GovCms.Tenants;
using GovCms.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

var (provider, connection, csv) = (args[0], args[1], args[2]);
var provinceCode = Option("--province", "38");
var documentCount = int.Parse(Option("--documents", "200000"), CultureInfo.InvariantCulture);
var queryCount = int.Parse(Option("--queries", "300"), CultureInfo.InvariantCulture);
var importRows = int.Parse(Option("--import-rows", "10000"), CultureInfo.InvariantCulture);

var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["GovCms:Database:Provider"] = provider,
    ["GovCms:Database:ConnectionString"] = connection,
    ["GovCms:Media:Root"] = Path.Combine(Path.GetTempPath(), "govcms-bench-documents-media"),
}).Build();
var services = new ServiceCollection();
services.AddSingleton<IConfiguration>(configuration);
services.AddLogging();
services.AddGovCms(configuration, Path.GetTempPath(), HostModules.All(), HostThemes.All());
await using var host = services.BuildServiceProvider();
await host.InitializeGovCmsAsync();

// The province, its districts and communes, with the module on.
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
var sites = new List<(int Id, string Level, string Name, string Slug)>();
var ids = new Dictionary<string, int>();
foreach (var unit in units.Where(u => inProvince.Contains(u.Code)).OrderBy(u => u.Level == "province" ? 0 : u.Level == "district" ? 1 : 2))
{
    await using var scope = host.CreateAsyncScope();
    var slug = GovCms.Text.VietnameseText.Slugify(unit.Name) + "-" + unit.Code;
    var outcome = await scope.ServiceProvider.GetRequiredService<TenantService>().CreateAsync(new TenantCreateRequest
    {
        Name = unit.Code, DisplayName = unit.Name, Slug = slug, UrlPrefix = slug, Level = unit.Level,
        ParentId = unit.Parent.Length == 0 ? null : ids[unit.Parent], Features = [DocumentsModule.Id],
    });
    ids[unit.Code] = outcome.Value?.Id ?? throw new InvalidOperationException(string.Join(" ", outcome.Errors.Values));
    sites.Add((ids[unit.Code], unit.Level, GovCms.Tenants.SiteIdentity.InSentence(unit.Name), slug));
}

Console.Error.WriteLine($"{sites.Count} sites in {clock.Elapsed.TotalSeconds:N1} s");

// Documents: a fifth at the province, a quarter over the districts, the rest over the communes (a commune issues fewer).
var province = sites[0];
var districts = sites.Where(s => s.Level == "district").ToArray();
var communes = sites.Where(s => s.Level == "commune").ToArray();
var random = new Random(7);
var data = new RegistryData(11);
var declarations = host.GetServices<ContentIndexDeclaration>().Where(d => d.Covers(DocumentsModule.Document.Name)).ToList();
var keys = new List<(int Site, string Key)>();
var bySite = new Dictionary<int, List<string>>();
clock.Restart();
for (var done = 0; done < documentCount;)
{
    await using var scope = host.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<GovCmsDbContext>();
    db.ChangeTracker.AutoDetectChangesEnabled = false;
    using (db.CrossTenantWrites())
    {
        for (var i = 0; i < 2_000 && done < documentCount; i++, done++)
        {
            var pick = random.NextDouble();
            var site = pick < 0.2 ? province : pick < 0.45 ? districts[random.Next(districts.Length)] : communes[random.Next(communes.Length)];
            AddDocument(db, site, done);
        }

        await db.SaveChangesAsync();
    }
}

Console.Error.WriteLine($"{documentCount:N0} documents in {clock.Elapsed.TotalSeconds:N1} s");
await AnalyzeAsync();

var years = Enumerable.Range(2020, 6).ToArray();
string[] types = ["quyet-dinh", "cong-van", "ke-hoach", "thong-bao", "bao-cao"];
Console.WriteLine(await MeasureAsync("listing: province, type + year, page 50 of 20", async index =>
{
    var (type, year) = (types[random.Next(2)], years[random.Next(years.Length)]);
    var page = await index.PageAsync(index.Query(SiteScope.Site(province.Id))
        .Where(r => !r.Confidential && r.DocumentType == type && r.Year == year)
        .OrderByDescending(r => r.IssuedOn).ThenByDescending(r => r.Id), 50, 20);
    return page.Total;
}, 20));
Console.WriteLine(await MeasureAsync("listing: district, type + year, page 1 of 20", async index =>
{
    var (type, year) = (types[random.Next(types.Length)], years[random.Next(years.Length)]);
    var page = await index.PageAsync(index.Query(SiteScope.Site(districts[random.Next(districts.Length)].Id))
        .Where(r => !r.Confidential && r.DocumentType == type && r.Year == year)
        .OrderByDescending(r => r.IssuedOn).ThenByDescending(r => r.Id), 1, 20);
    return page.Total;
}, 20));
Console.WriteLine(await MeasureAsync("number/symbol lookup (VisibleFrom(site), NumberKey)", async index =>
{
    var (siteId, key) = keys[random.Next(keys.Count)];
    var found = await index.Query(SiteScope.VisibleFrom(siteId)).Where(r => r.NumberKey == key && !r.Confidential)
        .OrderByDescending(r => r.IssuedOn).Take(20).ToListAsync();
    return (long)found.Count;
}, 10));
Console.WriteLine(await MeasureAsync("registry of a commune with shared documents (VisibleFrom, page 1–5)", async index =>
{
    var page = await index.PageAsync(index.Query(SiteScope.VisibleFrom(communes[random.Next(communes.Length)].Id))
        .Where(r => !r.Confidential).OrderByDescending(r => r.IssuedOn).ThenByDescending(r => r.Id), 1 + random.Next(5), 20);
    return page.Total;
}, 30));
Console.WriteLine(await MeasureAsync("registry of the whole province (Subtree(province), page 1–5)", async index =>
{
    var page = await index.PageAsync(index.Query(SiteScope.Subtree(province.Id))
        .Where(r => !r.Confidential).OrderByDescending(r => r.IssuedOn).ThenByDescending(r => r.Id), 1 + random.Next(5), 20);
    return page.Total;
}, double.NaN));
Console.WriteLine(await ImportAsync());
return 0;

async Task<string> MeasureAsync(string name, Func<IContentIndex<DocumentIndex>, Task<long>> query, double target)
{
    var times = new List<double>();
    long rows = 0;
    for (var i = -20; i < queryCount; i++)
    {
        await using var scope = host.CreateAsyncScope();
        var index = scope.ServiceProvider.GetRequiredService<IContentIndex<DocumentIndex>>();
        var started = Stopwatch.GetTimestamp();
        var matched = await query(index);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (i >= 0)
        {
            times.Add(elapsed);
            rows += matched;
        }
    }

    times.Sort();
    var p95 = Percentile(0.95);
    return $"| {provider} | {name} | {queryCount} | {rows / queryCount:N0} | {Percentile(0.5):N2} ms | {p95:N2} ms | {Percentile(0.99):N2} ms | {(double.IsNaN(target) ? "no target" : $"≤ {target} ms {(p95 <= target ? "met" : "MISSED")}")} |";

    double Percentile(double p) => times[(int)Math.Ceiling(p * times.Count) - 1];
}

// A commune's registry of 10,000 rows as a spreadsheet, imported by the module's importer (the admin page and the command line use it).
async Task<string> ImportAsync()
{
    var site = communes[0];
    var rowsData = new RegistryData(99);
    using var workbook = new XLWorkbook();
    var sheet = workbook.AddWorksheet("Sổ văn bản");
    string[] header = ["Số ký hiệu", "Ngày ban hành", "Trích yếu", "Loại văn bản", "Cơ quan ban hành", "Người ký", "Chức vụ", "Ngày có hiệu lực", "Tình trạng hiệu lực", "Lĩnh vực"];
    for (var c = 0; c < header.Length; c++)
    {
        sheet.Cell(1, c + 1).Value = header[c];
    }

    for (var r = 0; r < importRows; r++)
    {
        var row = rowsData.Next(site.Name) with { Fields = [] };
        var cells = sheet.Row(r + 2);
        cells.Cell(1).Value = row.NumberSymbol + (r >= 5000 ? "-B" : "");
        cells.Cell(2).Value = row.IssuedOn.ToDateTime(TimeOnly.MinValue);
        cells.Cell(3).Value = row.Abstract;
        cells.Cell(4).Value = row.TypeLabel;
        cells.Cell(5).Value = row.IssuerSlug == "hdnd" ? $"HĐND {site.Name}" : $"UBND {site.Name}";
        cells.Cell(6).Value = row.Signer;
        cells.Cell(7).Value = row.SignerTitle;
        if (row.EffectiveOn is { } effective)
        {
            cells.Cell(8).Value = effective.ToDateTime(TimeOnly.MinValue);
        }

        cells.Cell(9).Value = GovCms.Documents.DocumentValidity.Label(row.Validity);
    }

    using var file = new MemoryStream();
    workbook.SaveAs(file);
    var tenant = host.GetRequiredService<ITenantCatalog>().Find(site.Id)!;
    await using var scope = host.CreateAsyncScope();
    scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Set(tenant);
    file.Position = 0;
    var started = Stopwatch.GetTimestamp();
    var outcome = await scope.ServiceProvider.GetRequiredService<DocumentImporter>().ImportAsync(file, "so-van-ban.xlsx");
    var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
    if (!outcome.Succeeded)
    {
        throw new InvalidOperationException(outcome.Message);
    }

    var result = outcome.Value!;
    var rate = importRows / seconds;
    return $"| {provider} | import of a {importRows:N0}-row XLSX ({file.Length / 1024:N0} KB) into a commune | 1 | {result.Created:N0} created, {result.Failed:N0} errors | {seconds:N1} s | | | ≥ 500 rows/s: {rate:N0} rows/s {(rate >= 500 ? "met" : "MISSED")} |";
}

void AddDocument(GovCmsDbContext db, (int Id, string Level, string Name, string Slug) site, int n)
{
    var row = data.Next(site.Name);
    var id = Guid.CreateVersion7().ToString("N");
    var issuedUtc = DateTime.SpecifyKind(row.IssuedOn.ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc);
    var part = new DocumentPart
    {
        Number = row.Number, Symbol = row.Symbol, DocumentType = row.TypeSlug, Issuer = $"{row.IssuerSlug}-{site.Slug}", Signer = row.Signer,
        SignerTitle = row.SignerTitle, IssuedOn = row.IssuedOn, EffectiveOn = row.EffectiveOn, ExpiresOn = row.ExpiresOn, Validity = row.Validity,
        Abstract = row.Abstract, Fields = [.. row.Fields], Confidential = n % 200 == 0,
    };
    if (bySite.TryGetValue(site.Id, out var earlier) && earlier.Count > 0)
    {
        // 1–3 relations to earlier documents of the site (căn cứ, thay thế, dẫn chiếu), now and then one outside the registry.
        part.Relations = Enumerable.Range(0, 1 + random.Next(3)).Select(k => k == 2 && random.Next(3) == 0
            ? ContentLink.External("can-cu", "Số 15/2020/NĐ-CP", "https://vbpl.vn/")
            : new ContentLink(earlier[random.Next(earlier.Count)], k == 0 ? "can-cu" : k == 1 ? "thay-the" : "dan-chieu")).ToList();
    }

    var shared = site.Level != "commune" && random.Next(4) == 0;
    var item = new ContentItem { ContentItemId = id, ContentType = DocumentsModule.Document.Name, DisplayText = row.Abstract };
    item.Apply(part);
    item.Apply(new SharingPart { SharedDownward = shared });
    var slug = GovCms.Text.VietnameseText.Slugify($"{row.NumberSymbol} {row.Year} {n}");
    item.Slug = slug;
    db.Add(new ContentItemRecord
    {
        Id = id, TenantId = site.Id, ContentType = item.ContentType, Slug = slug, DisplayText = item.DisplayText, SearchText = GovCms.Text.VietnameseText.Fold(row.Abstract).ToLowerInvariant(),
        LatestVersion = 1, PublishedVersion = 1, CreatedUtc = issuedUtc, ModifiedUtc = issuedUtc, PublishedUtc = issuedUtc, ConcurrencyStamp = id,
    });
    db.Add(new ContentVersionRecord
    {
        TenantId = site.Id, ContentItemId = id, Number = 1, Latest = true, Published = true, ContentType = item.ContentType,
        DisplayText = item.DisplayText, Slug = slug, Data = item.Parts.ToJsonString(), SortDateUtc = issuedUtc, CreatedUtc = issuedUtc,
    });
    // The rows the engine's index handler writes for a published item: each declared map, then the base columns.
    foreach (var declaration in declarations)
    {
        foreach (var indexRow in declaration.Map(item))
        {
            (indexRow.TenantId, indexRow.ContentItemId, indexRow.ContentType, indexRow.Latest, indexRow.Published, indexRow.SharedDownward, indexRow.SharedLevels) =
                (site.Id, id, item.ContentType, true, true, shared, "");
            db.Add(indexRow);
        }
    }

    if (!(bySite.TryGetValue(site.Id, out var list)))
    {
        bySite[site.Id] = list = [];
    }

    list.Add(id);
    if (row.Number.Length > 0 && random.Next(20) == 0)
    {
        // Looked up from the site itself, or for a shared document from a commune that sees it.
        keys.Add((shared ? communes[random.Next(communes.Length)].Id : site.Id, DocumentNumber.Key(part)));
    }
}

async Task AnalyzeAsync()
{
    await using var scope = host.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<GovCmsDbContext>();
    await db.Database.ExecuteSqlRawAsync("ANALYZE");
}

string Option(string name, string fallback) => Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;

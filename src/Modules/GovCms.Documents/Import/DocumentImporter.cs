using GovCms.Content;
using GovCms.Data;
using GovCms.Import;
using GovCms.Text;

namespace GovCms.Documents.Import;

/// <summary>What an import did.</summary>
public sealed record DocumentImportResult(DocumentImportPlan Plan, int Created)
{
    public int Skipped => Plan.Skipped;

    public int Failed => Plan.Failed;
}

/// <summary>
/// Imports a registry file into the current site: the plan of <see cref="DocumentImportPlanner"/>, then every row to create
/// created as a draft (or published) through the content manager, all in one transaction: all of them or, if one fails,
/// none. Rows already in the registry are skipped, so running the same file again creates nothing.
/// </summary>
public sealed class DocumentImporter(DocumentImportPlanner planner, IContentManager content, GovCmsDbContext db, ContentImport contentImport)
{
    /// <summary>Reads and plans a file without storing anything (the preview).</summary>
    public async Task<Outcome<DocumentImportPlan>> PreviewAsync(Stream file, string fileName, CancellationToken cancellationToken = default)
    {
        var table = TableFile.Read(file, fileName);
        return table.Succeeded ? await planner.PlanAsync(table.Value!, cancellationToken) : table.As<DocumentImportPlan>();
    }

    /// <summary>
    /// Imports the file. <paramref name="progress"/> is told of each row done. With <paramref name="publish"/> the documents are
    /// published as they are created (the host's command line: an import is not an editor's publication, so no approval runs).
    /// </summary>
    public async Task<Outcome<DocumentImportResult>> ImportAsync(Stream file, string fileName, bool publish = false, Action<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var planned = await PreviewAsync(file, fileName, cancellationToken);
        if (!planned.Succeeded)
        {
            return planned.As<DocumentImportResult>();
        }

        var plan = planned.Value!;
        progress?.Invoke(plan.Rows.Count - plan.ToCreate);
        var created = 0;
        await using var transaction = await db.Database.BeginOrJoinTransactionAsync(cancellationToken);
        using (publish ? contentImport.Begin() : null)
        {
            foreach (var batch in plan.Rows.Where(r => r.Status == DocumentImportStatus.Create).Chunk(BatchSize))
            {
                var outcome = await CreateAsync(batch, publish, cancellationToken);
                if (outcome is not null)
                {
                    // One transaction: nothing of this import stays.
                    return Outcome<DocumentImportResult>.Invalid(TableFile.Field, $"{outcome} Chưa nhập văn bản nào.");
                }

                created += batch.Length;
                progress?.Invoke(batch.Length);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return Outcome<DocumentImportResult>.Ok(new DocumentImportResult(plan, created));
    }

    /// <summary>Rows stored by one save of the content manager.</summary>
    private const int BatchSize = 100;

    /// <summary>
    /// Creates the rows' documents in one save; an address another item took gets the row's number at its end, then a
    /// random one. Null when done, else what failed, with its row.
    /// </summary>
    private async Task<string?> CreateAsync(DocumentImportRow[] rows, bool publish, CancellationToken cancellationToken)
    {
        var items = new List<ContentItem>(rows.Length);
        var rowOf = new Dictionary<ContentItem, DocumentImportRow>();
        var tries = new Dictionary<ContentItem, int>();
        foreach (var row in rows)
        {
            var item = content.New(DocumentsModule.Document.Name);
            item.DisplayText = Title(row.Part!.Abstract);
            item.Slug = Slug(row, 0);
            item.Apply(row.Part);
            items.Add(item);
            rowOf[item] = row;
        }

        while (true)
        {
            var outcome = await content.CreateManyAsync(items, publish, cancellationToken);
            if (outcome.Succeeded)
            {
                return null;
            }

            var failed = outcome.Value is [var item] ? item : null;
            if (failed is null || !outcome.Errors.ContainsKey("slug") || tries.GetValueOrDefault(failed) >= 2)
            {
                return failed is null ? outcome.Message : $"Dòng {rowOf[failed].Row}: {outcome.Message}";
            }

            tries[failed] = tries.GetValueOrDefault(failed) + 1;
            failed.Slug = Slug(rowOf[failed], tries[failed]);
        }
    }

    /// <summary>The row's address: its number, year and title; then with the row's number, then with a random ending.</summary>
    private static string Slug(DocumentImportRow row, int attempt)
    {
        var part = row.Part!;
        var slug = VietnameseText.Slugify($"{DocumentNumber.Display(part)} {DocumentIndex.YearOf(part)} {Title(part.Abstract)}", 100);
        return attempt switch
        {
            0 => slug,
            1 => $"{slug}-{row.Row}",
            _ => $"{slug}-{Guid.NewGuid().ToString("N")[..6]}",
        };
    }

    /// <summary>The item's title: the abstract, cut at a word within the title's 300 characters.</summary>
    private static string Title(string text)
    {
        if (text.Length <= 300)
        {
            return text;
        }

        var cut = text[..297];
        return (cut.LastIndexOf(' ') is var space and > 200 ? cut[..space] : cut) + "…";
    }
}

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
            foreach (var row in plan.Rows.Where(r => r.Status == DocumentImportStatus.Create))
            {
                var outcome = await CreateAsync(row, publish, cancellationToken);
                if (!outcome.Succeeded)
                {
                    // One transaction: nothing of this import stays.
                    return Outcome<DocumentImportResult>.Invalid(TableFile.Field, $"Dòng {row.Row}: {outcome.Message} Chưa nhập văn bản nào.");
                }

                created++;
                progress?.Invoke(1);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return Outcome<DocumentImportResult>.Ok(new DocumentImportResult(plan, created));
    }

    /// <summary>Creates the row's document; an address another item took gets the row's number at its end.</summary>
    private async Task<Outcome<ContentItem>> CreateAsync(DocumentImportRow row, bool publish, CancellationToken cancellationToken)
    {
        var part = row.Part!;
        var title = Title(part.Abstract);
        var slug = VietnameseText.Slugify($"{DocumentNumber.Display(part)} {DocumentIndex.YearOf(part)} {title}", 100);
        Outcome<ContentItem> outcome = null!;
        foreach (var candidate in new[] { slug, $"{slug}-{row.Row}", $"{slug}-{Guid.NewGuid().ToString("N")[..6]}" })
        {
            var item = content.New(DocumentsModule.Document.Name);
            item.DisplayText = title;
            item.Slug = candidate;
            item.Apply(part);
            outcome = await content.CreateAsync(item, publish, cancellationToken);
            if (outcome.Succeeded || !outcome.Errors.ContainsKey("slug"))
            {
                return outcome;
            }
        }

        return outcome;
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

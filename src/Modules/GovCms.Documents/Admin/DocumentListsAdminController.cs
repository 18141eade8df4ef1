using GovCms.Admin;
using GovCms.Documents.Catalog;
using GovCms.Security;
using Microsoft.AspNetCore.Mvc;

namespace GovCms.Documents.Admin;

/// <summary>The four lists as the form shows them: one text area each, a line an entry ("mã | Tên" or just "Tên").</summary>
public sealed class DocumentListsForm
{
    public string? Types { get; set; }
    public string? Issuers { get; set; }
    public string? Fields { get; set; }
    public string? Sectors { get; set; }

    /// <summary>The issuers of the sites above, read-only here (each site edits its own).</summary>
    public IReadOnlyList<DocumentListItem> InheritedIssuers { get; set; } = [];

    public static string Lines(IEnumerable<DocumentListItem> items) => string.Join("\n", items.Select(i => $"{i.Slug} | {i.Label}"));

    public static IReadOnlyList<DocumentListInput> Parse(string? text) =>
        (text ?? "").Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.IndexOf('|') is var bar and >= 0 ? new DocumentListInput(line[..bar].Trim(), line[(bar + 1)..].Trim()) : new DocumentListInput(null, line))
            .ToList();

    public string? Of(string list) => list switch
    {
        DocumentListNames.Types => Types,
        DocumentListNames.Issuers => Issuers,
        DocumentListNames.Fields => Fields,
        _ => Sectors,
    };
}

/// <summary>"Danh mục văn bản": the site's document types, its own issuing bodies, fields and sectors.</summary>
[Route("admin/documents/lists")]
[RequirePermission(DocumentsModule.ManageLists)]
public sealed class DocumentListsAdminController(DocumentCatalog catalog, DocumentListStore store) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var own = await catalog.OwnListsAsync(CurrentTenant);
        var form = new DocumentListsForm
        {
            Types = DocumentListsForm.Lines(own[DocumentListNames.Types]),
            Issuers = DocumentListsForm.Lines(own[DocumentListNames.Issuers]),
            Fields = DocumentListsForm.Lines(own[DocumentListNames.Fields]),
            Sectors = DocumentListsForm.Lines(own[DocumentListNames.Sectors]),
        };
        return View(await WithInheritedAsync(form));
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(DocumentListsForm form)
    {
        var lists = DocumentListNames.All.ToDictionary(list => list, list => DocumentListsForm.Parse(form.Of(list)));
        if (lists[DocumentListNames.Types].Count == 0)
        {
            ModelState.AddModelError(nameof(DocumentListsForm.Types), "Hãy nhập ít nhất một loại văn bản.");
        }

        if (lists[DocumentListNames.Issuers].Count == 0)
        {
            ModelState.AddModelError(nameof(DocumentListsForm.Issuers), "Hãy nhập ít nhất một cơ quan ban hành của đơn vị.");
        }

        if (ModelState.IsValid && await store.ReplaceAsync(lists.ToDictionary(l => l.Key, l => l.Value)) is { } errors)
        {
            // "types[2].label" → the text area "Types", the first problem of each list.
            foreach (var (key, message) in errors)
            {
                var list = key.Split('[', '.')[0];
                var field = char.ToUpperInvariant(list[0]) + list[1..];
                if (ModelState[field] is not { Errors.Count: > 0 })
                {
                    ModelState.AddModelError(field, message);
                }
            }
        }

        if (!ModelState.IsValid)
        {
            return View(await WithInheritedAsync(form));
        }

        Flash("Đã lưu danh mục văn bản.");
        return RedirectToAction(nameof(Index));
    }

    private async Task<DocumentListsForm> WithInheritedAsync(DocumentListsForm form)
    {
        var lists = await catalog.ForSiteAsync(CurrentTenant);
        form.InheritedIssuers = lists.Issuers.Where(i => i.TenantId != CurrentTenant.Id).ToList();
        return form;
    }
}

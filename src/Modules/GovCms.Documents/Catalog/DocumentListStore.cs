using GovCms.Data;
using GovCms.Tenants;
using GovCms.Text;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Documents.Catalog;

/// <summary>An entry as typed: a label, and a slug (derived from the label when empty).</summary>
public sealed record DocumentListInput(string? Slug, string Label);

/// <summary>Replaces one of the current site's lists (recipe step "documents", admin page "Danh mục văn bản"), all or nothing.</summary>
public sealed class DocumentListStore(GovCmsDbContext db, ICurrentTenant currentTenant, DocumentCatalog catalog)
{
    public const int MaxEntries = 300;
    public const int MaxLabel = 300;

    /// <summary>Checks a list; errors by "{index}" or "{index}.slug"/"{index}.label" in Vietnamese.</summary>
    public static IReadOnlyList<DocumentListItem> Check(string list, IReadOnlyList<DocumentListInput> entries, IDictionary<string, string> errors)
    {
        var checkedItems = new List<DocumentListItem>();
        if (entries.Count > MaxEntries)
        {
            errors[""] = $"{DocumentListNames.Label(list)}: nhiều nhất {MaxEntries} mục.";
            return [];
        }

        for (var i = 0; i < entries.Count; i++)
        {
            var label = (entries[i].Label ?? "").Trim().Normalize();
            var slug = VietnameseText.Slugify(string.IsNullOrWhiteSpace(entries[i].Slug) ? label : entries[i].Slug!);
            if (label.Length == 0)
            {
                errors[$"{i}.label"] = $"{DocumentListNames.Label(list)}, mục {i + 1}: vui lòng nhập tên.";
            }
            else if (label.Length > MaxLabel)
            {
                errors[$"{i}.label"] = $"{DocumentListNames.Label(list)}, mục {i + 1}: tên không được dài quá {MaxLabel} ký tự.";
            }
            else if (slug.Length == 0)
            {
                errors[$"{i}.slug"] = $"{DocumentListNames.Label(list)}, mục {i + 1}: mã phải có ít nhất một chữ cái hoặc chữ số.";
            }
            else if (checkedItems.Any(c => c.Slug == slug))
            {
                errors[$"{i}.slug"] = $"{DocumentListNames.Label(list)}, mục {i + 1}: mã \"{slug}\" đã có ở mục khác.";
            }
            else
            {
                checkedItems.Add(new DocumentListItem(slug, label));
            }
        }

        return checkedItems;
    }

    /// <summary>Replaces the lists given (by name) in one save; null when every entry was valid, else the errors.</summary>
    public async Task<IReadOnlyDictionary<string, string>?> ReplaceAsync(IReadOnlyDictionary<string, IReadOnlyList<DocumentListInput>> lists, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string>();
        var valid = new Dictionary<string, IReadOnlyList<DocumentListItem>>();
        foreach (var (list, entries) in lists)
        {
            var own = new Dictionary<string, string>();
            valid[list] = Check(list, entries, own);
            foreach (var (key, message) in own)
            {
                errors[key.Length == 0 ? list : $"{list}[{key.Split('.')[0]}]{(key.Contains('.') ? "." + key.Split('.')[1] : "")}"] = message;
            }
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var site = currentTenant.Required;
        var names = valid.Keys.ToList();
        db.RemoveRange(await db.Set<DocumentListEntry>().Where(e => names.Contains(e.List)).ToListAsync(cancellationToken));
        foreach (var (list, items) in valid)
        {
            db.AddRange(items.Select((item, position) => new DocumentListEntry { List = list, Slug = item.Slug, Label = item.Label, Position = position }));
        }

        await db.SaveChangesAsync(cancellationToken);
        catalog.Forget(site.Id);
        return null;
    }
}

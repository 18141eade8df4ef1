using GovCms.Content;
using GovCms.Content.Fields;
using GovCms.Documents.Catalog;
using GovCms.Media;
using GovCms.Tenants;

namespace GovCms.Documents.Public;

/// <summary>A file of a document: its name, what it is and its size; a PDF is previewed in the browser's own viewer.</summary>
public sealed record DocumentFile(string Url, string Name, string Description, bool IsPdf);

/// <summary>
/// A related document as the page shows it: a link to its page where it is published here, the label and address of a
/// document outside the registry (e.g. on vbpl.vn), or plain text for one that is no longer published.
/// </summary>
/// <param name="Incoming">Declared by the other document (seen from here by the relation's inverse: "Được thay thế bởi").</param>
public sealed record RelatedDocument(string TypeKey, string Relation, string Text, string? Href, bool External, bool Incoming = false);

/// <summary>What the page of a document shows, read from its published version.</summary>
public sealed record DocumentPage(
    ContentItem Item,
    DocumentPart Part,
    string Number,
    string? TypeLabel,
    string? IssuerLabel,
    IReadOnlyList<string> Fields,
    IReadOnlyList<string> Sectors,
    string? UrgencyLabel,
    IReadOnlyList<DocumentFile> Files,
    IReadOnlyList<RelatedDocument> Relations,
    string? Owner)
{
    public string ValidityLabel => DocumentValidity.Label(Part.Validity);

    /// <summary>Expired, suspended or no longer applicable (wholly or in part): said at the top of the page.</summary>
    public bool NotInForce => DocumentValidity.IsNotInForce(Part.Validity);

    /// <summary>The documents that replaced, repealed, amended or suspended this one: what the warning at the top names.</summary>
    public IReadOnlyList<RelatedDocument> ReplacedBy => Relations.Where(r => r.Incoming && IsSuperseding(r.TypeKey)).ToList();

    public string Path => $"/{DocumentsModule.Document.RoutePrefix}/{Item.Slug}";

    private static bool IsSuperseding(string typeKey) => typeKey is DocumentRelations.Replaces or DocumentRelations.Repeals
        or DocumentRelations.Amends or DocumentRelations.Suspends or DocumentRelations.Pauses or DocumentRelations.Consolidates;
}

/// <summary>
/// Builds a document's page in the scope of the site that owns it (files and related documents are that site's):
/// labels from the site's lists, files from the media library, relations both ways — those it declares and those of the
/// published documents that name it — never showing a draft or a confidential document.
/// </summary>
public sealed class DocumentPages(IContentManager content, IContentRelations relations, IMediaLibrary media, DocumentCatalog catalog)
{
    public async Task<DocumentPage?> BuildAsync(ContentItem item, string? owner, CancellationToken cancellationToken = default)
    {
        if (item.Get<DocumentPart>() is not { Confidential: false } part)
        {
            return null;
        }

        var lists = await catalog.ForSiteAsync(cancellationToken);
        var urgency = DocumentUrgency(part.Urgency);
        return new DocumentPage(item, part, DocumentNumber.Display(part), lists.TypeLabel(part.DocumentType) ?? part.DocumentType,
            lists.IssuerLabel(part.Issuer) ?? part.Issuer,
            part.Fields.Select(f => lists.FieldLabel(f) ?? f).ToList(), part.Sectors.Select(s => lists.SectorLabel(s) ?? s).ToList(), urgency,
            await FilesAsync(part, cancellationToken), await RelationsAsync(item, part, cancellationToken), owner);
    }

    private static string? DocumentUrgency(string? urgency) => urgency switch
    {
        "khan" => "Khẩn",
        "thuong-khan" => "Thượng khẩn",
        "hoa-toc" => "Hỏa tốc",
        _ => null,
    };

    private async Task<IReadOnlyList<DocumentFile>> FilesAsync(DocumentPart part, CancellationToken cancellationToken)
    {
        var files = new List<DocumentFile>();
        foreach (var url in part.Files.Where(u => u.Length > 0).Distinct())
        {
            files.Add(await media.FindAsync(url, cancellationToken) is { } file
                ? new DocumentFile(url, file.FileName, $"{file.Format}, {MediaSize.Format(file.Bytes)}", file.ContentType == "application/pdf")
                : new DocumentFile(url, Uri.UnescapeDataString(url[(url.LastIndexOf('/') + 1)..]), "", url.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)));
        }

        return files;
    }

    /// <summary>
    /// What this document declares ("Thay thế …"), then what the published documents naming it declare, seen from here
    /// ("Được thay thế bởi …").
    /// </summary>
    private async Task<IReadOnlyList<RelatedDocument>> RelationsAsync(ContentItem item, DocumentPart part, CancellationToken cancellationToken)
    {
        var shown = new List<RelatedDocument>();
        foreach (var link in part.Relations.Take(100))
        {
            var type = DocumentRelations.Find(link.Type) ?? DocumentRelations.All[0];
            var relation = Capitalised(type.Label);
            if (link.IsExternal)
            {
                shown.Add(new RelatedDocument(type.Key, relation, link.Label ?? link.Url ?? "", SafeUrl(link.Url), External: true));
            }
            else if (await PublicDocumentAsync(link.ContentItemId, cancellationToken) is { } linked)
            {
                shown.Add(new RelatedDocument(type.Key, relation, Title(linked), $"/{DocumentsModule.Document.RoutePrefix}/{linked.Slug}", External: false));
            }
            else
            {
                shown.Add(new RelatedDocument(type.Key, relation, "Văn bản không còn được công bố trên cổng", null, External: false));
            }
        }

        var linkingIds = (await relations.OfAsync(item.ContentItemId, cancellationToken))
            .Where(r => r.Exists && r.ContentItemId != item.ContentItemId).Select(r => r.ContentItemId).Distinct().Take(100).ToList();
        foreach (var id in linkingIds)
        {
            if (await PublicDocumentAsync(id, cancellationToken) is not { } other || other.Get<DocumentPart>() is not { } otherPart)
            {
                continue;
            }

            foreach (var link in otherPart.Relations.Where(l => l.ContentItemId == item.ContentItemId))
            {
                var type = DocumentRelations.Find(link.Type) ?? DocumentRelations.All[0];
                shown.Add(new RelatedDocument(type.Key, Capitalised(type.Inverse), Title(other), $"/{DocumentsModule.Document.RoutePrefix}/{other.Slug}", External: false, Incoming: true));
            }
        }

        return shown;
    }

    /// <summary>"Quyết định số 15/QĐ-UBND: trích yếu" is too long for a list: the number and the abstract.</summary>
    private static string Title(ContentItem document) =>
        document.Get<DocumentPart>() is { } part ? $"{DocumentNumber.Display(part)} – {part.Abstract}" : document.DisplayText;

    private async Task<ContentItem?> PublicDocumentAsync(string id, CancellationToken cancellationToken) =>
        id.Length > 0 && await content.GetAsync(id, VersionOptions.Published, cancellationToken) is { } linked &&
        linked.ContentType == DocumentsModule.Document.Name && linked.Get<DocumentPart>() is { Confidential: false }
            ? linked
            : null;

    /// <summary>Only web addresses become links (never javascript: or data:).</summary>
    private static string? SafeUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri.ToString() : null;

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

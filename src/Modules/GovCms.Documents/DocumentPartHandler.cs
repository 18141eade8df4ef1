using GovCms.Content.Parts;

namespace GovCms.Documents;

/// <summary>Normalises a document's number and symbol and lists documents by their issue date.</summary>
public sealed class DocumentPartHandler : ContentPartHandler<DocumentPart>
{
    public override Task PrepareAsync(DocumentPart part, ContentPartContext context)
    {
        part.Number = part.Number.Trim();
        part.Symbol = part.Symbol.Trim().ToUpperInvariant();
        return Task.CompletedTask;
    }

    public override IEnumerable<string> SearchText(DocumentPart part) => [DocumentNumber.Display(part)];

    public override DateTime? SortDateUtc(DocumentPart part) =>
        part.IssuedOn is { } issued ? DateTime.SpecifyKind(issued.ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc) : null;
}

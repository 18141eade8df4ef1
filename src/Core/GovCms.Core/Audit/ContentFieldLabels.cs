using GovCms.Content.Parts;

namespace GovCms.Audit;

/// <summary>
/// The Vietnamese label of a field a content change names (<see cref="ContentDiff"/>: "title", "slug", "SummaryPart.text"),
/// read from the registered parts' field labels, so the audit log names any module's fields without a list of its own.
/// </summary>
public sealed class ContentFieldLabels(ContentPartCatalog parts)
{
    /// <summary>The label, or null for a name that is no field of a registered part.</summary>
    public string? Of(string field)
    {
        switch (field)
        {
            case "title":
                return "Tiêu đề";
            case "slug":
                return "Đường dẫn";
        }

        var dot = field.IndexOf('.');
        return dot > 0 && parts.Find(field[..dot]) is { } part ? part.Field(field[(dot + 1)..])?.Label : null;
    }
}

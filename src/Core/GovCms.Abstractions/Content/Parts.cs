namespace GovCms.Content;

/// <summary>Short lead shown in listings.</summary>
public sealed class SummaryPart
{
    public string Text { get; set; } = "";
}

/// <summary>Markdown body; Html is rendered on save (raw HTML off) so pages never render Markdown per request.</summary>
public sealed class MarkdownBodyPart
{
    public string Markdown { get; set; } = "";
    public string Html { get; set; } = "";
}

public sealed class ImagePart
{
    public string? Url { get; set; }
    public string? Alt { get; set; }
}

public sealed class CategoriesPart
{
    public List<string> Categories { get; set; } = [];
}

/// <summary>The date shown with the item and used to sort listings; set by the editor, defaults to first publication.</summary>
public sealed class PublishDatePart
{
    public DateTime? DateUtc { get; set; }
}

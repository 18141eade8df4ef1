using GovCms.Content.Fields;

namespace GovCms.Content;

// The parts of news and pages. They live here so that any module's type may carry them; the Contents module
// registers them (with their handlers and the image editor).

/// <summary>Short lead shown in listings.</summary>
public sealed class SummaryPart
{
    [LongTextField("Tóm tắt", Alias = "summary", Hint = "Một hai câu hiện trong danh sách tin.", MaxLength = 2000, Searchable = true)]
    public string Text { get; set; } = "";
}

/// <summary>Markdown body; Html is rendered on save (raw HTML off) so pages never render Markdown per request.</summary>
public sealed class MarkdownBodyPart
{
    [MarkdownField("Nội dung", Alias = "body", HtmlProperty = nameof(Html),
        Hint = "Định dạng Markdown: **đậm**, *nghiêng*, ## Tiêu đề mục, - danh sách, [liên kết](https://...).")]
    public string Markdown { get; set; } = "";

    [ApiOutput("bodyHtml")]
    public string Html { get; set; } = "";
}

public sealed class ImagePart
{
    [MediaField("Ảnh đại diện", Alias = "imageUrl", ImagesOnly = true, UploadName = "ImageFile", RemoveName = "RemoveImage")]
    public string? Url { get; set; }

    [TextField("Mô tả ảnh", Alias = "imageAlt", Hint = "Nội dung ảnh cho người không xem được ảnh, ví dụ \"Chủ tịch UBND phát biểu tại hội nghị\".")]
    public string? Alt { get; set; }
}

public sealed class CategoriesPart
{
    [TermsField("Chuyên mục", "categories", Alias = "categories")]
    public List<string> Categories { get; set; } = [];
}

/// <summary>The date shown with the item and used to sort listings; set by the editor, defaults to first publication.</summary>
public sealed class PublishDatePart
{
    [DateTimeField("Ngày đăng", Alias = "publishDate", Hint = "Giờ Việt Nam. Để trống để lấy thời điểm đăng lần đầu.")]
    public DateTime? DateUtc { get; set; }
}

using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace GovCms.Media;

/// <summary>
/// <c>&lt;media-image src="..." alt="..." sizes="..." priority="false"&gt;</c>: an uploaded image as an &lt;img&gt;
/// with its width and height (no layout shift), a srcset of its renditions, and loading="lazy" unless it is
/// the first image on screen (<c>priority</c>).
/// </summary>
[HtmlTargetElement("media-image", TagStructure = TagStructure.WithoutEndTag)]
public sealed class MediaImageTagHelper(MediaStore media) : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public string Src { get; set; } = "";

    public string Alt { get; set; } = "";

    /// <summary>How wide the image is shown, e.g. "(min-width: 48em) 14rem, 100vw".</summary>
    public string Sizes { get; set; } = "100vw";

    public bool Priority { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var image = media.Describe(Src, ViewContext.HttpContext.Request.PathBase);
        output.TagName = "img";
        output.TagMode = TagMode.StartTagOnly;
        output.Attributes.SetAttribute("src", image.Url);
        output.Attributes.SetAttribute("alt", Alt);
        if (image.Width is int width && image.Height is int height)
        {
            output.Attributes.SetAttribute("width", width.ToString(CultureInfo.InvariantCulture));
            output.Attributes.SetAttribute("height", height.ToString(CultureInfo.InvariantCulture));
        }

        if (image.Renditions.Count > 0)
        {
            var candidates = image.Renditions.Select(r => $"{r.Url} {r.Width.ToString(CultureInfo.InvariantCulture)}w");
            if (image.Width is int original)
            {
                candidates = candidates.Append($"{image.Url} {original.ToString(CultureInfo.InvariantCulture)}w");
            }

            output.Attributes.SetAttribute("srcset", string.Join(", ", candidates));
            output.Attributes.SetAttribute("sizes", Sizes);
        }

        if (Priority)
        {
            output.Attributes.SetAttribute("fetchpriority", "high");
        }
        else
        {
            output.Attributes.SetAttribute("loading", "lazy");
        }

        output.Attributes.SetAttribute("decoding", "async");
    }
}

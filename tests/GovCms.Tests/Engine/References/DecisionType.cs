using GovCms.Content;
using GovCms.Content.Fields;
using GovCms.Content.Parts;
using GovCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tests.Engine.References;

/// <summary>A part that refers to files (a media field, addresses inside Markdown) and to other items (a link field).</summary>
public sealed class DecisionPart
{
    [MarkdownField("Nội dung quyết định", HtmlProperty = nameof(Html))]
    public string Body { get; set; } = "";

    public string Html { get; set; } = "";

    [MediaField("Văn bản đính kèm", Multiple = true)]
    public List<string> Files { get; set; } = [];

    [ContentLinkField("Thay thế quyết định", "thay thế", "bị thay thế bởi")]
    public List<ContentLink> Replaces { get; set; } = [];
}

public static class DecisionTypes
{
    public static readonly ContentTypeDefinition Decision = new("Decision", "Quyết định", [nameof(DecisionPart)], null);

    public static void Add(IServiceCollection services)
    {
        services.AddContentPart<DecisionPart>("Quyết định");
        services.AddContentType(Decision, "Contents");
    }
}

public sealed class ReferencesSqliteSite : SqliteSite
{
    protected override void ConfigureTestServices(IServiceCollection services) => DecisionTypes.Add(services);
}

public sealed class ReferencesPostgreSqlSite : PostgreSqlSite
{
    protected override void ConfigureTestServices(IServiceCollection services) => DecisionTypes.Add(services);
}

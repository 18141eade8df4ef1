using GovCms.Audit;
using GovCms.Content;
using GovCms.Content.Fields;
using GovCms.Content.Indexing;
using GovCms.Content.Parts;
using GovCms.Data;
using GovCms.Modules;
using GovCms.Recipes;
using GovCms.Samples.Notices.Recipes;
using GovCms.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Samples.Notices;

/// <summary>
/// The worked example of "Writing a module": notices (thông báo niêm yết) of a site, written only against
/// GovCms.Abstractions and the named surface of GovCms.Core. Everything it brings is declared here: its type and
/// parts, its index, its recipe step with its schema, its audit action, its public page's route segment, its settings section.
/// </summary>
public sealed class NoticesModule : Module
{
    public const string Id = "Notices";

    /// <summary>A notice: its own part, and <see cref="SharingPart"/> so a province or district can share it downward.</summary>
    public static readonly ContentTypeDefinition Notice = new("Notice", "Thông báo", [nameof(NoticePart), nameof(SharingPart)], "niem-yet");

    /// <summary>The public board of a site's notices and those shared down to it: <c>/bang-niem-yet</c>.</summary>
    public const string BoardSegment = "bang-niem-yet";

    /// <summary>The engine's content admin permission (held by authors and above), needed to run the recipe step too.</summary>
    public const string EditPermission = ContentPermissions.Edit;

    public const string AuditCategory = "notice";
    public const string Replaced = "replaced";

    public override ModuleManifest Manifest { get; } = new(Id, "Thông báo niêm yết",
        "Thông báo của đơn vị (số hiệu, ngày ban hành, hình thức, tệp đính kèm), thông báo thay thế, chia sẻ cho các đơn vị cấp dưới.");

    public override IEnumerable<ContentTypeDefinition> ContentTypes => [Notice];

    public override IEnumerable<string> RouteSegments => [BoardSegment];

    public override IEnumerable<AdminMenuItem> AdminMenu => [new("Thông báo", "content?type=Notice", EditPermission, 40, "Nội dung")];

    public override IEnumerable<AuditLabel> AuditLabels =>
    [
        AuditLabel.ForCategory(AuditCategory, "Thông báo niêm yết"),
        AuditLabel.ForAction(AuditCategory, Replaced, "Ban hành thông báo thay thế"),
    ];

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddContentPart<NoticePart, NoticePartHandler>("Thông báo");
        services.AddSiteSettings<NoticesSettings>(NoticesSettings.Section, "Thông báo niêm yết");
        services.AddScoped<IContentTermSource, NoticeFields>();
        services.AddContentIndex(NoticeIndex.Map, Notice.Name);
        services.AddSingleton<IModelContributor, NoticeIndexModel>();
        services.AddScoped<IContentHandler, NoticeReplacementAudit>();
        services.AddRecipeStep<NoticesStep>();
        services.AddRecipeStepSchema<NoticesStep>(NoticesStep.StepName);
        services.AddRecipeStepPermission(NoticesStep.StepName, EditPermission);
    }
}

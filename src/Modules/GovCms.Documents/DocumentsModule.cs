using GovCms.Content;
using GovCms.Content.Fields;
using GovCms.Content.Indexing;
using GovCms.Content.Parts;
using GovCms.Data;
using GovCms.Documents.Api;
using GovCms.Documents.Catalog;
using GovCms.Documents.Import;
using GovCms.Documents.Public;
using GovCms.Documents.Validity;
using GovCms.Documents.Recipes;
using GovCms.Jobs;
using GovCms.Recipes;
using GovCms.Security;
using GovCms.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Documents;

/// <summary>
/// Legal and administrative documents (văn bản) every unit publishes (Nghị định 42/2022): the type
/// <see cref="Document"/>, its part and indexes, the site's lists (<see cref="DocumentCatalog"/>), the validity job,
/// the recipe step "documents", the admin and the JSON API. Public pages: <c>/van-ban</c> and <c>/van-ban/{slug}</c>.
/// </summary>
public sealed class DocumentsModule : Module
{
    public const string Id = "Documents";

    /// <summary>A document: its own part, and <see cref="SharingPart"/> so a province or district can apply it to the units below ("áp dụng cho cấp dưới").</summary>
    public static readonly ContentTypeDefinition Document = new("Document", "Văn bản", [nameof(DocumentPart), nameof(SharingPart)], "van-ban")
    {
        // The registry and its pages are the module's (Public/DocumentsController), not the engine's generic ones.
        Settings = new ContentTypeSettings { OwnPublicPages = true },
    };

    /// <summary>The public registry: <c>/van-ban</c>, a document at <c>/van-ban/{slug}</c> (the type's public prefix reserves the segment).</summary>
    public const string RegistrySegment = "van-ban";

    /// <summary>The engine's content admin permission (held by authors and above).</summary>
    public const string EditPermission = ContentPermissions.Edit;

    public override ModuleManifest Manifest { get; } = new(Id, "Văn bản",
        "Văn bản quy phạm pháp luật và văn bản hành chính của đơn vị: số ký hiệu, loại, cơ quan ban hành, hiệu lực, tệp ký số, văn bản liên quan; tra cứu công khai.");

    public override IEnumerable<ContentTypeDefinition> ContentTypes => [Document];

    /// <summary>Editing the site's lists (types, issuing bodies, fields, sectors): page "Danh mục văn bản".</summary>
    public const string ManageLists = "Documents.ManageLists";

    public override IEnumerable<Permission> Permissions => [new(ManageLists, "Quản lý danh mục văn bản", BuiltInRoles.Approver)];

    public override IEnumerable<AdminMenuItem> AdminMenu =>
    [
        new("Văn bản", "content?type=Document", EditPermission, 35, "Nội dung"),
        new("Danh mục văn bản", "documents/lists", ManageLists, 36, "Nội dung"),
        new("Nhập văn bản từ tệp", "documents/import", EditPermission, 37, "Nội dung"),
    ];

    public override IEnumerable<ModuleCommand> Commands => [DocumentImportCommand.Declaration];

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddScoped<DocumentImportPlanner>();
        services.AddScoped<DocumentImporter>();
        services.AddSingleton<GovCms.Documents.Admin.ImportUploads>();
        services.AddContentPart<DocumentPart, DocumentPartHandler>("Văn bản");
        services.AddContentIndex(DocumentIndex.Map, Document.Name);
        services.AddContentIndex(DocumentFieldIndex.Map, Document.Name);
        services.AddSingleton<IModelContributor, DocumentIndexModel>();
        services.AddScoped<DocumentCatalog>();
        DocumentListTerms.AddAll(services);
        services.AddScoped<DocumentListStore>();
        services.AddScoped<DocumentValidityUpdater>();
        services.AddRecipeStep<DocumentsStep>();
        services.AddRecipeStepSchema<DocumentsStep>(DocumentsStep.StepName);
        services.AddRecipeStepPermission(DocumentsStep.StepName, EditPermission);
        services.AddScoped<IRecipeExportContributor, DocumentsExport>();
        services.AddJobHandler<DocumentValidityJob>();
        services.AddRecurringJob(DocumentValidityJob.Schedule);
        services.AddContentListFilter<DocumentIndex>(Document.Name, "documentType", "Loại văn bản", r => r.DocumentType, DocumentPart.TypesTaxonomy);
        services.AddContentListFilter<DocumentIndex>(Document.Name, "issuer", "Cơ quan ban hành", r => r.Issuer, DocumentPart.IssuersTaxonomy);
        services.AddContentListFilter<DocumentFieldIndex>(Document.Name, "field", "Lĩnh vực", r => r.Field, DocumentPart.FieldsTaxonomy);
        services.AddContentListFilter<DocumentIndex>(Document.Name, "validity", "Tình trạng hiệu lực", r => r.Validity, null, [.. DocumentValidity.All]);
        services.AddDocumentsPublic();
    }

    public override void MapEndpoints(ModuleEndpoints endpoints) => DocumentsApi.Map(endpoints.PublicApi);
}

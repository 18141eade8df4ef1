using GovCms.Audit;
using GovCms.Content;
using GovCms.Modules;
using GovCms.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tests.Modules.Announcements;

/// <summary>
/// A module of the tests, written as a module writer would: everything it brings is declared here (its route
/// segments, a content type with a public prefix, ...), nothing is added to a shared list of the engine.
/// </summary>
public sealed class AnnouncementsModule : Module
{
    public const string Id = "Announcements";

    public static readonly ContentTypeDefinition Announcement = new("Announcement", "Thông báo", [], "thong-bao");

    public override ModuleManifest Manifest { get; } = new(Id, "Thông báo của đơn vị", "Thông báo ngắn gửi người dân.");

    public override IEnumerable<ContentTypeDefinition> ContentTypes => [Announcement];

    public override IEnumerable<string> RouteSegments => ["bang-tin"];

    /// <summary>Its own category of the audit log, and an action in the engine's content category.</summary>
    public const string AuditCategory = "announcement";
    public const string Sent = "sent";
    public const string Pinned = "pinned";

    public override IEnumerable<AuditLabel> AuditLabels =>
    [
        AuditLabel.ForCategory(AuditCategory, "Thông báo"),
        AuditLabel.ForAction(AuditCategory, Sent, "Gửi thông báo"),
        AuditLabel.ForAction(AuditCategories.Content, Pinned, "Ghim lên đầu trang"),
    ];

    /// <summary>The schema of its recipe step, declared with the step (here as text; modules keep it in a file).</summary>
    public static readonly RecipeStepSchema StepSchema = new("announcements", """
        {
          "type": "object", "additionalProperties": false, "required": ["name", "items"],
          "properties": {
            "name": { "type": "string" },
            "items": { "type": "array", "maxItems": 50, "items": { "type": "object", "required": ["title"], "properties": { "title": { "type": "string", "minLength": 1 } } } }
          }
        }
        """);

    public override void ConfigureServices(IServiceCollection services) => services.AddRecipeStepSchema(StepSchema);
}

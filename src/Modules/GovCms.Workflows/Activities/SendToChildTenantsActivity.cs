using System.Text.Json.Nodes;
using GovCms.Content;
using GovCms.Modules;
using GovCms.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Workflows.Activities;

/// <summary>
/// Copies the item (its published version, else the latest) as a draft to every running site directly
/// below that has its content type, where the site's own editors take it further. The number of copies
/// goes to the variable "sentTo".
/// </summary>
internal sealed class SendToChildTenantsActivity(
    IContentManager content,
    ICurrentTenant currentTenant,
    ITenantCatalog catalog,
    ModuleCatalog modules,
    IServiceScopeFactory scopes) : IActivity
{
    public string Name => "SendToChildTenants";

    public string DisplayName => "Gửi xuống các đơn vị cấp dưới";

    public ActivityKind Kind => ActivityKind.Task;

    public IReadOnlyList<string> Outcomes { get; } = [WorkflowOutcomes.Done];

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        if (context.Content is not { } target
            || (await content.GetAsync(target.Id, VersionOptions.Published, cancellationToken) ?? await content.GetAsync(target.Id, cancellationToken: cancellationToken)) is not { } source)
        {
            return ActivityResult.Fail("Không tìm thấy nội dung để gửi xuống đơn vị cấp dưới.");
        }

        var parent = currentTenant.Required;
        var sent = 0;
        foreach (var child in catalog.Children(parent.Id).Where(c => c.State == TenantState.Running))
        {
            if (modules.ContentTypesOf(child).Any(t => t.Name == source.ContentType) && await CopyAsync(source, child, parent, cancellationToken))
            {
                sent++;
            }
        }

        context.Variables["sentTo"] = sent;
        return ActivityResult.Done(WorkflowOutcomes.Done);
    }

    /// <summary>Creates the draft in the child's own scope; when the slug is taken there, the parent's slug is added to it.</summary>
    private async Task<bool> CopyAsync(ContentItem source, TenantContext child, TenantContext parent, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Set(child);
        var childContent = scope.ServiceProvider.GetRequiredService<IContentManager>();
        foreach (var slug in new[] { source.Slug, $"{source.Slug}-{parent.Slug}" })
        {
            var copy = childContent.New(source.ContentType);
            copy.DisplayText = source.DisplayText;
            copy.Slug = slug;
            copy.Parts = (JsonObject)source.Parts.DeepClone();
            var result = await childContent.CreateAsync(copy, publish: false, cancellationToken);
            if (result.Succeeded)
            {
                return true;
            }

            if (!result.Errors.ContainsKey("slug"))
            {
                return false;
            }
        }

        return false;
    }
}

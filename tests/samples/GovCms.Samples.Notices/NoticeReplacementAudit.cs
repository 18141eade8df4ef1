using GovCms.Audit;
using GovCms.Content;

namespace GovCms.Samples.Notices;

/// <summary>
/// Publishing a notice that replaces older ones writes the module's own audit action once for each of them, with the
/// labels the module declares (<see cref="NoticesModule.AuditLabels"/>). A module's handler: it runs only where the module is on.
/// </summary>
internal sealed class NoticeReplacementAudit(IAuditLog audit, IContentManager content) : IContentHandler
{
    public async Task PublishedAsync(ContentContext context)
    {
        foreach (var link in context.Item.Get<NoticePart>()?.Replaces ?? [])
        {
            var replaced = await content.GetAsync(link.ContentItemId);
            audit.Add(new AuditEvent(NoticesModule.AuditCategory, NoticesModule.Replaced, link.ContentItemId, replaced?.DisplayText)
            {
                Details = new { replacedBy = context.Item.ContentItemId, number = context.Item.Get<NoticePart>()!.Number },
            });
        }
    }
}

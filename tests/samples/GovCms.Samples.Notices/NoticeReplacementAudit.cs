using GovCms.Audit;
using GovCms.Content;

namespace GovCms.Samples.Notices;

/// <summary>
/// Publishing a notice that replaces older ones writes the module's own audit action (labelled by the module,
/// <see cref="NoticesModule.AuditLabels"/>) naming the notices it replaces. A module's handler: it runs only where the module is on.
/// </summary>
internal sealed class NoticeReplacementAudit(IAuditLog audit) : IContentHandler
{
    public Task PublishedAsync(ContentContext context)
    {
        if (context.Item.Get<NoticePart>() is { Replaces.Count: > 0 } notice)
        {
            audit.Add(new AuditEvent(NoticesModule.AuditCategory, NoticesModule.Replaced, context.Item.ContentItemId, context.Item.DisplayText)
            {
                Details = new { number = notice.Number, replaces = notice.Replaces.Select(r => r.ContentItemId).ToList() },
            });
        }

        return Task.CompletedTask;
    }
}

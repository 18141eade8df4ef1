using GovCms.Text;

namespace GovCms.Workflows.Activities;

/// <summary>
/// Fills a message template: {title} the item's title, {site} the site's name, {actor} who acted,
/// {submittedBy} who submitted, {notes} the notes of the last decision, {publishAt} the publication time.
/// </summary>
internal static class Placeholders
{
    public static string Fill(string template, ActivityContext context, string site)
    {
        var publishAt = WorkflowVariables.TimeOf(context, WorkflowVariables.PublishAt) is DateTime at ? VietnamTime.FormatDateTime(at) : "";
        return template
            .Replace("{title}", context.Content?.Title ?? context.Record?.Title ?? "", StringComparison.Ordinal)
            .Replace("{site}", site, StringComparison.Ordinal)
            .Replace("{actor}", context.Actor ?? "", StringComparison.Ordinal)
            .Replace("{submittedBy}", context.Variable(WorkflowVariables.SubmittedBy) ?? "", StringComparison.Ordinal)
            .Replace("{notes}", context.Variable(WorkflowVariables.Notes) ?? "", StringComparison.Ordinal)
            .Replace("{publishAt}", publishAt, StringComparison.Ordinal);
    }
}

using System.Globalization;

namespace GovCms.Workflows;

/// <summary>The outcomes of the built-in activities; transitions of a definition name them.</summary>
public static class WorkflowOutcomes
{
    public const string Done = "Done";
    public const string Approved = "Approved";
    public const string Returned = "Returned";
    public const string Published = "Published";
    public const string Unpublished = "Unpublished";
    public const string Scheduled = "Scheduled";
    public const string Failed = "Failed";

    /// <summary>How the admin words an outcome ("Returned": "Trả lại"); an outcome of another module's activity as it is named.</summary>
    public static string Label(string outcome) => outcome switch
    {
        Done => "Xong",
        Approved => "Đồng ý",
        Returned => "Trả lại",
        Published => "Đã đăng",
        Unpublished => "Đã gỡ",
        Scheduled => "Đã hẹn giờ",
        Failed => "Không thành công",
        _ => outcome,
    };
}

/// <summary>The content events: a definition starts with one of them, or waits for one.</summary>
public static class ContentEvents
{
    public const string Created = "ContentCreated";
    public const string Submitted = "ContentSubmitted";
    public const string Published = "ContentPublished";
    public const string Unpublished = "ContentUnpublished";
    public const string Deleted = "ContentDeleted";
}

/// <summary>Names of the variables a run keeps that the built-in activities read and write.</summary>
public static class WorkflowVariables
{
    public const string SubmittedBy = "submittedBy";
    public const string Note = "note";
    public const string Notes = "notes";
    public const string DecidedBy = "decidedBy";
    public const string PublishAt = "publishAt";
    public const string UnpublishAt = "unpublishAt";

    /// <summary>How a time is kept in a variable: ISO 8601 in UTC.</summary>
    public static string FromTime(DateTime utc) => utc.ToString("O", CultureInfo.InvariantCulture);

    public static DateTime? TimeOf(ActivityContext context, string name) =>
        context.Variable(name) is { } text
        && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : null;
}

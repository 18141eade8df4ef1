namespace GovCms.Content;

public enum ContentFailure
{
    None,
    NotFound,
    Invalid,
    /// <summary>Someone else saved the item since it was read.</summary>
    Conflict,
    /// <summary>A publishing handler refused.</summary>
    Cancelled,
    /// <summary>The user may not do this.</summary>
    Forbidden,
}

/// <summary>The outcome of a content operation; on failure nothing was stored.</summary>
public sealed record ContentOperationResult(ContentItem? Item, ContentFailure Failure, IReadOnlyDictionary<string, string> Errors)
{
    public bool Succeeded => Failure == ContentFailure.None;

    /// <summary>The save changed nothing: <see cref="Item"/> is the latest version as it was, and no version was added.</summary>
    public bool Unchanged { get; init; }

    public static ContentOperationResult Ok(ContentItem item) => new(item, ContentFailure.None, new Dictionary<string, string>());

    public static ContentOperationResult Same(ContentItem item) => Ok(item) with { Unchanged = true };

    public static ContentOperationResult Fail(ContentFailure failure, string field, string message) =>
        new(null, failure, new Dictionary<string, string> { [field] = message });

    public static ContentOperationResult Invalid(IReadOnlyDictionary<string, string> errors) => new(null, ContentFailure.Invalid, errors);
}

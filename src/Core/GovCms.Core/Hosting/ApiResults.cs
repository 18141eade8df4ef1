using GovCms.Content;
using Microsoft.AspNetCore.Http;

namespace GovCms.Hosting;

/// <summary>One way to answer the API on failure: problem details with Vietnamese text, field errors by field.</summary>
public static class ApiResults
{
    public static IResult Invalid(IReadOnlyDictionary<string, string> errors) =>
        Results.ValidationProblem(errors.ToDictionary(e => e.Key, e => new[] { e.Value }),
            title: "Dữ liệu chưa hợp lệ", detail: string.Join(" ", errors.Values));

    public static IResult Problem(int status, string detail) =>
        Results.Problem(statusCode: status, title: ErrorPages.TextFor(status).Title, detail: detail);

    public static IResult NotFound(string detail = "Không tìm thấy.") => Problem(StatusCodes.Status404NotFound, detail);

    /// <summary>Maps a content operation: the item on success; 400, 403, 404 or 409 with the reason otherwise.</summary>
    public static IResult From(ContentOperationResult result, Func<ContentItem, object> map, int successStatus = StatusCodes.Status200OK) =>
        result.Failure switch
        {
            ContentFailure.None => Results.Json(map(result.Item!), ContentJson.Options, statusCode: successStatus),
            ContentFailure.Invalid => Invalid(result.Errors),
            ContentFailure.NotFound => NotFound(string.Join(" ", result.Errors.Values)),
            ContentFailure.Forbidden => Problem(StatusCodes.Status403Forbidden, string.Join(" ", result.Errors.Values)),
            _ => Problem(StatusCodes.Status409Conflict, string.Join(" ", result.Errors.Values)),
        };
}

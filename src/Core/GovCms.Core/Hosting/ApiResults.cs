using GovCms.Content;
using GovCms.Recipes;
using Microsoft.AspNetCore.Http;

namespace GovCms.Hosting;

/// <summary>One way to answer the API on failure: problem details with Vietnamese text, field errors by field.</summary>
public static class ApiResults
{
    public static IResult Invalid(IReadOnlyDictionary<string, string> errors) =>
        Results.ValidationProblem(errors.ToDictionary(e => e.Key, e => new[] { e.Value }),
            title: "Dữ liệu chưa hợp lệ", detail: string.Join(" ", errors.Values));

    /// <summary>
    /// Recipe problems: the messages filed by JSON path ("$.steps[2].values", "parameters.unitName"), and the same
    /// problems as a list ("recipeErrors": recipe, step, stepName, path, message) for pages that show where each one is.
    /// A step the caller has no permission for answers 403 instead of 400.
    /// </summary>
    public static IResult Invalid(IReadOnlyList<RecipeError> errors) =>
        Results.ValidationProblem(errors.GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Select(e => e.ToString()).ToArray()),
            statusCode: errors.Any(e => e.Forbidden) ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest,
            title: errors.Any(e => e.Forbidden) ? ErrorPages.TextFor(StatusCodes.Status403Forbidden).Title : "Dữ liệu chưa hợp lệ",
            detail: string.Join(" ", errors),
            extensions: new Dictionary<string, object?>
            {
                ["recipeErrors"] = errors.Select(e => new { e.Recipe, e.Step, e.StepName, path = e.Key, e.Message, text = e.ToString() }).ToList(),
            });

    public static IResult Problem(int status, string detail) =>
        Results.Problem(statusCode: status, title: ErrorPages.TextFor(status).Title, detail: detail);

    public static IResult NotFound(string detail = "Không tìm thấy.") => Problem(StatusCodes.Status404NotFound, detail);

    /// <summary>The answer to a failed <see cref="Outcome"/>: 400 with field errors, 403, 404 or 409 with the reason.</summary>
    public static IResult Failed(Outcome outcome) =>
        outcome.Failure switch
        {
            OutcomeFailure.Invalid => Invalid(outcome.Errors),
            OutcomeFailure.NotFound => NotFound(outcome.Message),
            OutcomeFailure.Forbidden => Problem(StatusCodes.Status403Forbidden, outcome.Message),
            _ => Problem(StatusCodes.Status409Conflict, outcome.Message),
        };

    /// <summary>Maps an outcome: <paramref name="success"/> when it succeeded, <see cref="Failed"/> otherwise.</summary>
    public static IResult From(Outcome outcome, Func<IResult> success) => outcome.Succeeded ? success() : Failed(outcome);

    /// <summary>Maps an outcome with a value: the mapped value as JSON on success, <see cref="Failed"/> otherwise.</summary>
    public static IResult From<T>(Outcome<T> outcome, Func<T, object> map, int successStatus = StatusCodes.Status200OK) =>
        outcome.Succeeded ? Results.Json(map(outcome.Value!), ContentJson.Options, statusCode: successStatus) : Failed(outcome);
}

namespace GovCms;

/// <summary>Why an operation did not happen.</summary>
public enum OutcomeFailure
{
    None,
    /// <summary>The input is not valid; <see cref="Outcome.Errors"/> says why, by field.</summary>
    Invalid,
    NotFound,
    /// <summary>Someone else changed the record since it was read, or the change clashes with the stored state.</summary>
    Conflict,
    /// <summary>A handler refused (e.g. publication needs approval).</summary>
    Cancelled,
    /// <summary>The user may not do this.</summary>
    Forbidden,
}

/// <summary>
/// The one result type of the engine and the modules: success, or a failure with Vietnamese messages keyed by
/// camelCase field ("displayText", "parts.summaryPart.text"; "" for the whole form). On failure nothing was stored.
/// The API answers it with ApiResults.From, admin forms with ModelState.AddOutcome.
/// </summary>
public record Outcome(OutcomeFailure Failure, IReadOnlyDictionary<string, string> Errors)
{
    private static readonly IReadOnlyDictionary<string, string> None = new Dictionary<string, string>();

    public bool Succeeded => Failure == OutcomeFailure.None;

    /// <summary>All messages in one sentence, for a banner or a problem's detail.</summary>
    public string Message => string.Join(" ", Errors.Values);

    public static Outcome Ok() => new(OutcomeFailure.None, None);

    public static Outcome Invalid(IReadOnlyDictionary<string, string> errors) => new(OutcomeFailure.Invalid, errors);

    public static Outcome Invalid(string field, string message) => Fail(OutcomeFailure.Invalid, field, message);

    public static Outcome NotFound(string message = "Không tìm thấy.") => Fail(OutcomeFailure.NotFound, "", message);

    public static Outcome Fail(OutcomeFailure failure, string field, string message) =>
        new(failure, new Dictionary<string, string> { [field] = message });

    /// <summary>The same failure, typed for a caller that returns a value on success.</summary>
    public Outcome<T> As<T>() => Succeeded
        ? throw new InvalidOperationException("A successful outcome has no failure to pass on.")
        : new Outcome<T>(default, Failure, Errors);
}

/// <summary>An <see cref="Outcome"/> that carries a value on success.</summary>
public sealed record Outcome<T>(T? Value, OutcomeFailure Failure, IReadOnlyDictionary<string, string> Errors) : Outcome(Failure, Errors)
{
    public static Outcome<T> Ok(T value) => new(value, OutcomeFailure.None, new Dictionary<string, string>());

    public static new Outcome<T> Invalid(IReadOnlyDictionary<string, string> errors) => new(default, OutcomeFailure.Invalid, errors);

    public static new Outcome<T> Invalid(string field, string message) => Outcome.Invalid(field, message).As<T>();

    public static new Outcome<T> NotFound(string message = "Không tìm thấy.") => Outcome.NotFound(message).As<T>();

    public static new Outcome<T> Fail(OutcomeFailure failure, string field, string message) => Outcome.Fail(failure, field, message).As<T>();
}

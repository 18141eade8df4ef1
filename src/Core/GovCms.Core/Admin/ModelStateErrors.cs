using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace GovCms.Admin;

public static class ModelStateErrors
{
    /// <summary>
    /// Puts the errors a service returned (keyed by camelCase field, e.g. "displayText") next to the
    /// form fields of the same name (the PascalCase property, "DisplayText").
    /// </summary>
    public static void AddServiceErrors(this ModelStateDictionary modelState, IReadOnlyDictionary<string, string> errors)
    {
        foreach (var (field, message) in errors)
        {
            modelState.AddModelError(field.Length == 0 ? "" : char.ToUpperInvariant(field[0]) + field[1..], message);
        }
    }

    /// <summary>Puts a failed outcome's messages next to the form fields they name.</summary>
    public static void AddOutcome(this ModelStateDictionary modelState, Outcome outcome) => modelState.AddServiceErrors(outcome.Errors);
}

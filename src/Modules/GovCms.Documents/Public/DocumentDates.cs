using System.Globalization;

namespace GovCms.Documents.Public;

/// <summary>Dates of documents as pages show them ("05/03/2026") and as <c>&lt;time datetime&gt;</c> reads them.</summary>
public static class DocumentDates
{
    public static string Format(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The CSS modifier of a validity status: in force, not yet, or not (any more).</summary>
    public static string ValidityClass(string validity) =>
        validity == DocumentValidity.InForce ? "validity--in-force"
        : DocumentValidity.IsNotInForce(validity) ? "validity--not-in-force"
        : "validity--other";
}

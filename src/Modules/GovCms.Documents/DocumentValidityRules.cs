namespace GovCms.Documents;

/// <summary>How a document's validity follows its dates (Vietnam dates): the rule of the form and of the daily job.</summary>
public static class DocumentValidityRules
{
    /// <summary>Today in Vietnam.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(GovCms.Text.VietnamTime.ToLocal(clock.GetUtcNow().UtcDateTime));

    /// <summary>The status a document has on <paramref name="today"/> by its dates alone (effective from its issue date when none is given).</summary>
    public static string FromDates(DocumentPart part, DateOnly today) =>
        (part.EffectiveOn ?? part.IssuedOn) is { } from && today < from ? DocumentValidity.NotYetInForce
        : part.ExpiresOn is { } expires && today >= expires ? DocumentValidity.Expired
        : DocumentValidity.InForce;

    /// <summary>
    /// The status the daily job moves a document to on <paramref name="today"/>: "Chưa có hiệu lực" becomes "Còn hiệu lực"
    /// on its effective date, "Còn hiệu lực" becomes "Hết hiệu lực toàn bộ" on its expiry date; null when nothing changes.
    /// </summary>
    public static string? NextOn(DocumentPart part, DateOnly today)
    {
        var status = part.Validity;
        if (status == DocumentValidity.NotYetInForce && (part.EffectiveOn ?? part.IssuedOn) is { } from && today >= from)
        {
            status = DocumentValidity.InForce;
        }

        if (status == DocumentValidity.InForce && part.ExpiresOn is { } expires && today >= expires)
        {
            status = DocumentValidity.Expired;
        }

        return status == part.Validity ? null : status;
    }
}

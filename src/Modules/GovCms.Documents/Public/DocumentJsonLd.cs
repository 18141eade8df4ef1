using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GovCms.Documents.Public;

/// <summary>
/// schema.org <c>Legislation</c> of a document's page (JSON-LD), so search engines read its number, type, issuer, dates and
/// legal force. Serialized with the default encoder, which escapes '&lt;', so it cannot close the script element it sits in.
/// </summary>
public static class DocumentJsonLd
{
    public static string Write(DocumentPage page, string absoluteUrl, Func<string, string> absolute)
    {
        var part = page.Part;
        var ld = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Legislation",
            ["@id"] = absoluteUrl,
            ["url"] = absoluteUrl,
            ["name"] = part.Abstract,
            ["inLanguage"] = "vi",
            ["legislationJurisdiction"] = "VN",
        };
        if (page.Number.Length > 0)
        {
            ld["legislationIdentifier"] = page.Number;
        }

        if (page.TypeLabel is { Length: > 0 } type)
        {
            ld["legislationType"] = type;
        }

        if (part.IssuedOn is { } issued)
        {
            ld["legislationDate"] = Iso(issued);
        }

        if (part.EffectiveOn is { } effective)
        {
            ld["legislationDateVersion"] = Iso(effective);
        }

        if (part.ExpiresOn is { } expires)
        {
            ld["expires"] = Iso(expires);
        }

        if (page.IssuerLabel is { Length: > 0 } issuer)
        {
            ld["legislationPassedBy"] = new JsonObject { ["@type"] = "GovernmentOrganization", ["name"] = issuer };
        }

        if (part.Signer.Length > 0)
        {
            ld["legislationResponsible"] = new JsonObject { ["@type"] = "Person", ["name"] = part.Signer, ["jobTitle"] = part.SignerTitle };
        }

        if (LegalForce(part.Validity) is { } force)
        {
            ld["legislationLegalForce"] = $"https://schema.org/{force}";
        }

        if (page.Fields.Count > 0)
        {
            ld["about"] = new JsonArray([.. page.Fields.Select(f => (JsonNode)f)]);
        }

        if (page.Files.Count > 0)
        {
            ld["encoding"] = new JsonArray([.. page.Files.Select(f => (JsonNode)new JsonObject
            {
                ["@type"] = "LegislationObject",
                ["name"] = f.Name,
                ["contentUrl"] = absolute(f.Url),
                ["encodingFormat"] = f.IsPdf ? "application/pdf" : null,
            })]);
        }

        if (part.NationalDatabaseUrl is { Length: > 0 } national)
        {
            ld["sameAs"] = national;
        }

        return ld.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    /// <summary>schema.org's LegalForceStatus: in force, not in force, or partially in force.</summary>
    private static string? LegalForce(string validity) => validity switch
    {
        DocumentValidity.InForce => "InForce",
        DocumentValidity.PartlyExpired or DocumentValidity.PartlySuspended => "PartiallyInForce",
        DocumentValidity.Expired or DocumentValidity.Suspended or DocumentValidity.NoLongerApplicable or DocumentValidity.NotYetInForce => "NotInForce",
        _ => null,
    };

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

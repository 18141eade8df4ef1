using System.Globalization;
using System.Text;
using GovCms.Tenants;

namespace GovCms.Provisioning;

/// <summary>Which units of the CSV to import: one province and what is below it, and/or one level only.</summary>
public sealed record UnitImportFilter(string? Province = null, string? Level = null);

public enum UnitImportStatus
{
    Created,
    /// <summary>A tenant with the unit's code exists already: an import never duplicates, and a rerun resumes.</summary>
    Skipped,
    Failed,
}

/// <param name="NameDiffers">Skipped although the existing site of the code carries another name: worth a look (a wrong code?).</param>
public sealed record UnitImportRow(int Line, string Code, string Name, UnitImportStatus Status, string Message, bool NameDiffers = false);

/// <summary>
/// Imports administrative units as tenants, one provisioning (one transaction) per unit, with the recipe
/// named like the unit's level ("commune"). Parents go before children; a unit whose code exists is skipped,
/// so running the import again after it was stopped continues where it stopped.
/// </summary>
public sealed class UnitImporter(TenantProvisioner provisioner, ITenantCatalog catalog)
{
    private readonly Dictionary<string, UnitImportRow> _failedByCode = [];

    /// <summary>The units to import, parents before children (the order of the file within a depth).</summary>
    public static IReadOnlyList<AdministrativeUnit> Plan(IReadOnlyList<AdministrativeUnit> units, UnitImportFilter filter)
    {
        var byCode = units.ToDictionary(u => u.Code);
        IEnumerable<AdministrativeUnit> Chain(AdministrativeUnit unit)
        {
            var seen = new HashSet<string>();
            for (var current = unit; current is not null && seen.Add(current.Code); current = byCode.GetValueOrDefault(current.ParentCode))
            {
                yield return current;
            }
        }

        return units
            .Where(u => filter.Province is null || Chain(u).Any(a => a.Code == filter.Province))
            .Where(u => filter.Level is null || string.Equals(u.Level, filter.Level, StringComparison.OrdinalIgnoreCase))
            .OrderBy(u => Chain(u).Count())
            .ToList();
    }

    public async Task<UnitImportRow> ImportAsync(AdministrativeUnit unit, CancellationToken cancellationToken = default)
    {
        if (catalog.FindByName(unit.Code) is { } existing)
        {
            return SameName(existing.DisplayName, unit.Name)
                ? new UnitImportRow(unit.Line, unit.Code, unit.Name, UnitImportStatus.Skipped, $"đã có ({existing.Slug}).")
                : new UnitImportRow(unit.Line, unit.Code, unit.Name, UnitImportStatus.Skipped,
                    $"mã {unit.Code} đã có nhưng với tên khác: \"{existing.DisplayName}\" ({existing.Slug}), trong tệp là \"{unit.Name}\". Hãy kiểm tra lại mã.",
                    NameDiffers: true);
        }

        if (_failedByCode.TryGetValue(unit.ParentCode, out var parent))
        {
            return Fail(unit, $"đơn vị cấp trên mã {parent.Code} (dòng {parent.Line}) bị lỗi nên chưa được tạo.");
        }

        var parameters = new Dictionary<string, string> { ["unitName"] = unit.Name, ["code"] = unit.Code };
        if (unit.ParentCode.Length > 0)
        {
            parameters["parent"] = unit.ParentCode;
        }

        var result = await provisioner.ProvisionAsync(new ProvisioningRequest { Recipe = unit.Level, Parameters = parameters }, cancellationToken);
        return result.Succeeded
            ? new UnitImportRow(unit.Line, unit.Code, unit.Name, UnitImportStatus.Created, result.Tenants[0].Slug)
            : Fail(unit, string.Join(" ", result.Errors.Select(e => e.ToString())));
    }

    /// <summary>The same name, whatever the case or where the tone mark sits ("Hòa" and "Hoà").</summary>
    internal static bool SameName(string a, string b) => NameKey(a) == NameKey(b);

    private static string NameKey(string name) =>
        string.Join(' ', name.Normalize(NormalizationForm.FormD).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => new string(word.Where(c => !IsMark(c)).ToArray()) + new string(word.Where(IsMark).Order().ToArray())));

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private UnitImportRow Fail(AdministrativeUnit unit, string message)
    {
        var row = new UnitImportRow(unit.Line, unit.Code, unit.Name, UnitImportStatus.Failed, message);
        _failedByCode[unit.Code] = row;
        return row;
    }
}

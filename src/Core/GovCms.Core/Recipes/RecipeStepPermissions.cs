using GovCms.Modules;

namespace GovCms.Recipes;

/// <summary>
/// What a caller of the admin needs to run each recipe step: the permissions modules declared for it
/// (<see cref="RecipeServices.AddRecipeStepPermission"/>), held on the site the provisioning is called from.
/// A step no module declared is refused to them; the host itself (no caller) runs everything.
/// </summary>
public sealed class RecipeStepPermissions(IEnumerable<RecipeStepPermission> declared, ModuleCatalog modules)
{
    private readonly ILookup<string, string> _byStep = declared.ToLookup(d => d.Step, d => d.Permission, StringComparer.Ordinal);

    /// <summary>The steps some module declared permissions for.</summary>
    public IEnumerable<string> Steps => _byStep.Select(g => g.Key);

    /// <summary>Why the caller may not run the step, or null when they may.</summary>
    public string? Refusal(ProvisioningCaller? caller, string step)
    {
        if (caller is null)
        {
            return null;
        }

        if (!_byStep.Contains(step))
        {
            return "bước này chỉ chạy được từ dòng lệnh của máy chủ, không chạy được qua trang quản trị.";
        }

        var missing = _byStep[step].Where(p => !caller.Has(p)).ToList();
        return missing.Count == 0
            ? null
            : $"bước này cần quyền {string.Join(", ", missing.Select(p => $"\"{DisplayName(p)}\""))} trên đơn vị đang quản trị, tài khoản của bạn không có quyền đó.";
    }

    private string DisplayName(string permission) =>
        modules.Permissions.FirstOrDefault(p => p.Name == permission)?.DisplayName ?? permission;
}

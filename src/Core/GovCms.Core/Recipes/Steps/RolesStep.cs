using GovCms.Modules;
using GovCms.Security;

namespace GovCms.Recipes.Steps;

/// <summary>
/// "roles": creates the roles that do not exist yet and sets each role's permissions to exactly the listed
/// ones. Every tenant starts with the built-in roles (Administrator, Approver, Reviewer, Author).
/// </summary>
internal sealed class RolesStep(UserAdminService users, ModuleCatalog modules) : IRecipeStep
{
    private sealed record Role(string Name, string? DisplayName, List<string> Permissions);

    private sealed record Input(List<Role> Roles);

    public string Name => "roles";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var known = modules.Permissions.Select(p => p.Name).ToHashSet();
        var roles = context.Read<Input>().Roles;
        for (var index = 0; index < roles.Count; index++)
        {
            var role = roles[index];
            var existing = (await users.ListRolesAsync(cancellationToken)).Any(r => r.Name == role.Name);
            if (!existing && await users.CreateRoleAsync(role.Name, role.DisplayName ?? "", cancellationToken) is { Succeeded: false } created)
            {
                context.Fail($"roles[{index}].name", string.Join(" ", created.Errors.Values));
                continue;
            }

            var granted = await users.SetRolePermissionsAsync(role.Name, role.Permissions, known, cancellationToken);
            if (!granted.Succeeded)
            {
                context.Fail($"roles[{index}].permissions", string.Join(" ", granted.Errors.Values));
                continue;
            }

            var names = role.Permissions.Select(p => modules.Permissions.First(known => known.Name == p).DisplayName.ToLowerInvariant());
            var permissions = role.Permissions.Count == 0 ? "không có quyền" : "quyền " + string.Join(", ", names);
            context.Record("role", $"{(existing ? "Vai trò" : "Tạo vai trò")} \"{role.DisplayName ?? role.Name}\": {permissions}");
        }
    }
}

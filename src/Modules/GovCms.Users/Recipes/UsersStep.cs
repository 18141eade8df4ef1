using GovCms.Recipes;
using GovCms.Security;

namespace GovCms.Users.Recipes;

/// <summary>"users": accounts of the tenant with their roles (the demo's quantri.* and canbo.*).</summary>
internal sealed class UsersStep(UserAdminService users) : IRecipeStep
{
    private sealed record User(string UserName, string DisplayName, string? Email, string Password, List<string>? Roles);

    private sealed record Input(List<User> Users);

    public string Name => "users";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var list = context.Read<Input>().Users;
        for (var index = 0; index < list.Count; index++)
        {
            var user = list[index];
            var roles = user.Roles ?? [];
            var outcome = await users.CreateAsync(user.UserName, user.DisplayName, user.Email, user.Password, roles, cancellationToken);
            if (!outcome.Succeeded)
            {
                context.Fail($"users[{index}]", string.Join(" ", outcome.Errors.Values));
                continue;
            }

            context.Record("user", $"Người dùng {user.UserName.Trim()} ({(roles.Count == 0 ? "không có vai trò" : string.Join(", ", roles))})");
        }
    }
}

using GovCms.Admin;
using GovCms.Content;
using GovCms.Modules;
using GovCms.Security;
using Microsoft.AspNetCore.Mvc;

namespace GovCms.Users.Admin;

/// <summary>Users of the current site: list, create, name and e-mail, roles, a new password, lockout, disable and enable; and what each role may do.</summary>
[Route("admin")]
[RequirePermission(UsersModule.ManageUsers)]
public sealed class UserAdminController(UserAdminService users, ModuleCatalog modules) : AdminController
{
    [HttpGet("users")]
    public async Task<IActionResult> Index()
    {
        var roleNames = (await users.ListRolesAsync()).ToDictionary(r => r.Name, r => r.DisplayName);
        return View(new UserListModel(await users.ListAsync(), roleNames, User.UserId()));
    }

    [HttpGet("users/new")]
    public async Task<IActionResult> Create() => View(new UserCreateModel { AvailableRoles = await users.ListRolesAsync() });

    [HttpPost("users/new")]
    public async Task<IActionResult> Create(UserCreateModel model)
    {
        var outcome = await users.CreateAsync(model.UserName ?? "", model.DisplayName ?? "", model.Email, model.Password ?? "", model.Roles);
        if (outcome.Value is { } user)
        {
            Flash($"Đã tạo tài khoản {user.UserName}.");
            return RedirectToAction(nameof(Index));
        }

        ModelState.AddOutcome(outcome);
        model.Password = null;
        model.AvailableRoles = await users.ListRolesAsync();
        return View(model);
    }

    [HttpGet("users/{id}")]
    public async Task<IActionResult> Edit(string id)
    {
        var model = new UserEditModel();
        if (!await FillAsync(id, model))
        {
            return NotFound();
        }

        model.DisplayName = model.User!.DisplayName;
        model.Email = model.User.Email;
        model.Roles = model.User.Roles.ToList();
        return View(model);
    }

    [HttpPost("users/{id}")]
    public Task<IActionResult> Edit(string id, UserEditModel model) =>
        SaveAsync(id, model, () => users.SetRolesAsync(id, model.Roles), "Đã lưu vai trò. Người dùng cần đăng nhập lại.");

    [HttpPost("users/{id}/profile")]
    public Task<IActionResult> Profile(string id, UserEditModel model) =>
        SaveAsync(id, model, () => users.UpdateProfileAsync(id, model.DisplayName, model.Email), "Đã lưu họ tên và email.");

    [HttpPost("users/{id}/password")]
    public Task<IActionResult> Password(string id, UserEditModel model) =>
        SaveAsync(id, model, () => users.ResetPasswordAsync(id, model.Password), "Đã đặt mật khẩu mới; các phiên đăng nhập của người dùng đã kết thúc.");

    [HttpPost("users/{id}/unlock")]
    public async Task<IActionResult> Unlock(string id)
    {
        if (!(await users.UnlockAsync(id)).Succeeded)
        {
            return NotFound();
        }

        Flash("Đã mở khóa đăng nhập.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("users/{id}/disable")]
    public Task<IActionResult> Disable(string id) => SetDisabledAsync(id, true);

    [HttpPost("users/{id}/enable")]
    public Task<IActionResult> Enable(string id) => SetDisabledAsync(id, false);

    [HttpGet("roles")]
    public async Task<IActionResult> Roles()
    {
        // The engine's content permissions (every type's admin) first, always on; then each module's.
        var groups = modules.Modules
            .Where(m => m.Permissions.Any())
            .Select(m => new PermissionGroup(m.Manifest.Name, CurrentTenant.HasFeature(m.Manifest.Id), m.Permissions.ToList()))
            .Prepend(new PermissionGroup(ContentPermissions.GroupName, true, ContentPermissions.All))
            .ToList();
        return View(new RolesPageModel(await users.ListRolesAsync(), groups));
    }

    [HttpPost("roles/{name}")]
    public async Task<IActionResult> SaveRole(string name, List<string> permissions)
    {
        if (name == BuiltInRoles.Administrator)
        {
            return BadRequest();
        }

        var outcome = await users.SetRolePermissionsAsync(name, permissions, modules.Permissions.Select(p => p.Name).ToHashSet());
        if (!outcome.Succeeded)
        {
            return outcome.Errors.ContainsKey("role") ? NotFound() : BadRequest();
        }

        Flash("Đã lưu quyền của vai trò.");
        return RedirectToAction(nameof(Roles));
    }

    /// <summary>Runs one form's change; back to the list on success, or the page again with the messages by field.</summary>
    private async Task<IActionResult> SaveAsync(string id, UserEditModel model, Func<Task<Outcome>> change, string done)
    {
        var outcome = await change();
        if (outcome.Succeeded)
        {
            Flash(done);
            return RedirectToAction(nameof(Index));
        }

        if (outcome.Failure == OutcomeFailure.NotFound || !await FillAsync(id, model))
        {
            return NotFound();
        }

        ModelState.AddOutcome(outcome);
        // The other forms of the page show what is stored.
        var form = Request.HasFormContentType ? Request.Form : null;
        model.DisplayName = form?.ContainsKey(nameof(UserEditModel.DisplayName)) == true ? model.DisplayName : model.User!.DisplayName;
        model.Email = form?.ContainsKey(nameof(UserEditModel.Email)) == true ? model.Email : model.User!.Email;
        model.Roles = form?.ContainsKey(nameof(UserEditModel.Roles)) == true ? model.Roles : model.User!.Roles.ToList();
        model.Password = null;
        return View(nameof(Edit), model);
    }

    /// <summary>The user and the site's roles for the page; false when the user is not one of this site.</summary>
    private async Task<bool> FillAsync(string id, UserEditModel model)
    {
        model.User = (await users.ListAsync()).FirstOrDefault(u => u.Id == id);
        model.AvailableRoles = await users.ListRolesAsync();
        return model.User is not null;
    }

    private async Task<IActionResult> SetDisabledAsync(string id, bool disabled)
    {
        if (disabled && id == User.UserId())
        {
            FlashError("Bạn không thể tự vô hiệu hóa tài khoản đang dùng.");
            return RedirectToAction(nameof(Index));
        }

        var outcome = await users.SetDisabledAsync(id, disabled);
        if (!outcome.Succeeded)
        {
            return NotFound();
        }

        Flash(disabled ? "Đã vô hiệu hóa tài khoản." : "Đã kích hoạt lại tài khoản.");
        return RedirectToAction(nameof(Index));
    }
}

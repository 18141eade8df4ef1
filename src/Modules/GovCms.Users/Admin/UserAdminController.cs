using GovCms.Admin;
using GovCms.Modules;
using GovCms.Security;
using Microsoft.AspNetCore.Mvc;

namespace GovCms.Users.Admin;

/// <summary>Users of the current site: list, create, roles, disable and enable; and what each role may do.</summary>
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
        var (user, outcome) = await users.CreateAsync(model.UserName ?? "", model.DisplayName ?? "", model.Email, model.Password ?? "", model.Roles);
        if (outcome.Succeeded)
        {
            Flash($"Đã tạo tài khoản {user!.UserName}.");
            return RedirectToAction(nameof(Index));
        }

        ModelState.AddServiceErrors(outcome.Errors);
        model.Password = null;
        model.AvailableRoles = await users.ListRolesAsync();
        return View(model);
    }

    [HttpGet("users/{id}")]
    public async Task<IActionResult> Edit(string id)
    {
        var user = (await users.ListAsync()).FirstOrDefault(u => u.Id == id);
        if (user is null)
        {
            return NotFound();
        }

        return View(new UserRolesModel { User = user, Roles = user.Roles.ToList(), AvailableRoles = await users.ListRolesAsync() });
    }

    [HttpPost("users/{id}")]
    public async Task<IActionResult> Edit(string id, UserRolesModel model)
    {
        var outcome = await users.SetRolesAsync(id, model.Roles);
        if (outcome.Succeeded)
        {
            Flash("Đã lưu vai trò.");
            return RedirectToAction(nameof(Index));
        }

        if (outcome.Errors.ContainsKey("userId"))
        {
            return NotFound();
        }

        ModelState.AddServiceErrors(outcome.Errors);
        model.User = (await users.ListAsync()).First(u => u.Id == id);
        model.AvailableRoles = await users.ListRolesAsync();
        return View(model);
    }

    [HttpPost("users/{id}/disable")]
    public Task<IActionResult> Disable(string id) => SetDisabledAsync(id, true);

    [HttpPost("users/{id}/enable")]
    public Task<IActionResult> Enable(string id) => SetDisabledAsync(id, false);

    [HttpGet("roles")]
    public async Task<IActionResult> Roles()
    {
        var groups = modules.Modules
            .Where(m => m.Permissions.Any())
            .Select(m => new PermissionGroup(m.Manifest.Name, CurrentTenant.HasFeature(m.Manifest.Id), m.Permissions.ToList()))
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

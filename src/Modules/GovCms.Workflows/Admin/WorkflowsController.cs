using GovCms.Admin;
using GovCms.Modules;
using GovCms.Security;
using GovCms.Text;
using GovCms.Workflows.Definitions;
using GovCms.Workflows.Engine;
using Microsoft.AspNetCore.Mvc;

namespace GovCms.Workflows.Admin;

/// <summary>The site's workflow definitions: list, add an editorial approval, edit steps and roles, or the JSON.</summary>
[Route("admin/workflows")]
[RequirePermission(WorkflowPermissions.Manage)]
public sealed class WorkflowsController(
    WorkflowDefinitionStore store,
    WorkflowDefinitionEditor editor,
    ActivityCatalog activities,
    ModuleCatalog modules,
    UserAdminService users) : AdminController
{
    private const string AddStepIntent = "add-step";
    private const string RemoveStepIntent = "remove-step";
    private const string JsonIntent = "json";

    [HttpGet("")]
    public async Task<IActionResult> Index() =>
        View(new DefinitionListModel(await store.ListAsync(), modules.ContentTypesOf(CurrentTenant), activities));

    [HttpPost("")]
    public async Task<IActionResult> Create(NewApprovalForm form)
    {
        var displayName = (form.DisplayName ?? "").Trim().Normalize();
        var name = VietnameseText.Slugify(displayName, 60);
        if (name.Length > 0 && await store.FindAsync(name) is not null)
        {
            FlashError($"Đã có quy trình mã \"{name}\". Hãy đặt tên khác.");
            return RedirectToAction(nameof(Index));
        }

        var definition = EditorialApprovalTemplate.Create(name, displayName, form.ContentTypes, form.Steps);
        var errors = await editor.SaveAsync(definition, User.Identity?.Name);
        if (errors.Count > 0)
        {
            FlashError("Chưa thêm được quy trình: " + string.Join(" ", errors.Values));
            return RedirectToAction(nameof(Index));
        }

        Flash($"Đã thêm quy trình \"{displayName}\". Hãy xem lại các bước và vai trò.");
        return RedirectToAction(nameof(Edit), new { name });
    }

    [HttpGet("{name}")]
    public async Task<IActionResult> Edit(string name) =>
        await store.FindAsync(name) is { } definition ? await EditorAsync(DefinitionForm.From(definition)) : NotFound();

    [HttpPost("{name}")]
    public async Task<IActionResult> Edit(string name, DefinitionForm form, string? intent, string? step)
    {
        if (await store.FindAsync(name) is not { } stored)
        {
            return NotFound();
        }

        WorkflowDefinition edited;
        if (intent == JsonIntent)
        {
            var (parsed, error) = WorkflowDefinitionEditor.Read(form.Json ?? "");
            if (parsed is null)
            {
                var shown = DefinitionForm.From(stored);
                shown.Json = form.Json;
                return await EditorAsync(shown, new Dictionary<string, string> { ["json"] = error! });
            }

            edited = parsed with { Name = name };
        }
        else
        {
            edited = form.ApplyTo(stored, activities);
            edited = intent switch
            {
                AddStepIntent => EditorialApprovalTemplate.AddApprovalStep(edited),
                RemoveStepIntent when step is not null => EditorialApprovalTemplate.RemoveApprovalStep(edited, step),
                _ => edited,
            };
        }

        var errors = await editor.SaveAsync(edited, User.Identity?.Name);
        if (errors.Count > 0)
        {
            var again = DefinitionForm.From(edited);
            if (intent == JsonIntent)
            {
                again.Json = form.Json;
            }

            return await EditorAsync(again, errors);
        }

        Flash(intent switch
        {
            AddStepIntent => "Đã thêm một bước duyệt. Hãy đặt tên và chọn vai trò cho bước mới.",
            RemoveStepIntent => "Đã bỏ bước duyệt.",
            _ => $"Đã lưu quy trình \"{edited.DisplayName}\".",
        });
        return RedirectToAction(nameof(Edit), new { name });
    }

    [HttpPost("{name}/delete")]
    public async Task<IActionResult> Delete(string name)
    {
        if (!await editor.DeleteAsync(name))
        {
            return NotFound();
        }

        Flash("Đã xóa quy trình. Các lượt đang chạy vẫn đi tiếp theo quy trình lúc bắt đầu.");
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> EditorAsync(DefinitionForm form, IReadOnlyDictionary<string, string>? errors = null)
    {
        form.Roles = await users.ListRolesAsync();
        form.AllContentTypes = modules.ContentTypesOf(CurrentTenant);
        form.Activities = activities;
        form.Errors = errors ?? new Dictionary<string, string>();
        return View("Edit", form);
    }
}

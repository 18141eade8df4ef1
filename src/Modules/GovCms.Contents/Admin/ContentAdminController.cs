using System.Globalization;
using GovCms.Admin;
using GovCms.Content;
using GovCms.Content.Scheduling;
using GovCms.Contents.Categories;
using GovCms.Contents.Endpoints;
using GovCms.Media;
using GovCms.Modules;
using GovCms.Security;
using GovCms.Text;
using Microsoft.AspNetCore.Mvc;

namespace GovCms.Contents.Admin;

/// <summary>The content list, the editor (with preview and image upload), and the version history.</summary>
[Route("admin/content")]
[RequirePermission(ContentPermissions.Edit)]
public sealed class ContentAdminController(
    IContentManager content,
    CategoryService categories,
    MediaStore media,
    IPermissionService permissions,
    ModuleCatalog modules,
    IContentScheduler scheduler,
    IEnumerable<IEditorialWorkflow> workflows) : AdminController
{
    public const int PageSize = 20;

    private const string PublishIntent = "publish";
    private const string PreviewIntent = "preview";
    private const string SubmitIntent = "submit";
    private const string ForcePublishIntent = "force-publish";

    /// <summary>The editorial workflow, when the host has one.</summary>
    private readonly IEditorialWorkflow? _workflow = workflows.FirstOrDefault();

    [HttpGet("")]
    public async Task<IActionResult> Index(string? type, ContentStatus status = ContentStatus.Any, string? q = null, int page = 1)
    {
        var types = modules.ContentTypesOf(CurrentTenant);
        var selected = types.FirstOrDefault(t => string.Equals(t.Name, type, StringComparison.OrdinalIgnoreCase));
        if (type is not null && selected is null)
        {
            return NotFound();
        }

        var result = await content.ListAsync(new ContentQuery(selected?.Name, status, q, page, PageSize));
        var pager = new Pager(result.Page, result.PageCount,
            p => Url.Action(nameof(Index), new { type = selected?.Name, status = status == ContentStatus.Any ? null : (ContentStatus?)status, q, page = p })!);
        return View(new ContentListModel(types, selected, status, q, result, pager)
        {
            CanUnpublish = await permissions.HasPermissionAsync(User, ContentPermissions.Publish),
            CanDelete = await permissions.HasPermissionAsync(User, ContentPermissions.Delete),
        });
    }

    [HttpGet("new")]
    public async Task<IActionResult> Create(string type) =>
        FindType(type) is { } definition ? await EditorAsync(new ContentEditModel(), definition, null) : NotFound();

    [HttpPost("new")]
    public async Task<IActionResult> Create(string type, ContentEditModel model, string? intent) =>
        FindType(type) is { } definition ? await SaveAsync(model, definition, null, intent) : NotFound();

    [HttpGet("{id}")]
    public async Task<IActionResult> Edit(string id)
    {
        if (await content.GetAsync(id) is not { } item || FindType(item.ContentType) is not { } definition)
        {
            return NotFound();
        }

        return await EditorAsync(ContentEditModel.From(item), definition, item);
    }

    [HttpPost("{id}")]
    public async Task<IActionResult> Edit(string id, ContentEditModel model, string? intent)
    {
        if (await content.GetAsync(id) is not { } item || FindType(item.ContentType) is not { } definition)
        {
            return NotFound();
        }

        return await SaveAsync(model, definition, item, intent);
    }

    /// <summary>
    /// Sets when the latest saved version is published and when the item is taken off; empty fields remove what was
    /// set. A time that is refused shows the editor again with the message next to its field.
    /// </summary>
    [HttpPost("{id}/schedule")]
    public async Task<IActionResult> Schedule(string id, string? concurrencyStamp, string? scheduledPublish, string? scheduledUnpublish)
    {
        if (await content.GetAsync(id) is not { } item || FindType(item.ContentType) is not { } definition)
        {
            return NotFound();
        }

        if (!await permissions.HasPermissionAsync(User, ContentPermissions.Publish))
        {
            return Forbid();
        }

        var publishAt = TimeInput.ParseLocal(scheduledPublish, "Thời điểm đăng", out var publishError);
        var unpublishAt = TimeInput.ParseLocal(scheduledUnpublish, "Thời điểm gỡ", out var unpublishError);
        AddError(ContentEditModel.ScheduledPublishField, publishError);
        AddError(ContentEditModel.ScheduledUnpublishField, unpublishError);
        if (ModelState.IsValid)
        {
            var result = await scheduler.ScheduleAsync(id, concurrencyStamp ?? "", publishAt, unpublishAt, User);
            switch (result.Failure)
            {
                case ContentFailure.None:
                    Flash(publishAt is null && unpublishAt is null ? "Đã bỏ hẹn giờ." : "Đã lưu hẹn giờ.");
                    return RedirectToAction(nameof(Edit), new { id });
                case ContentFailure.NotFound:
                    return NotFound();
                case ContentFailure.Invalid:
                    AddError(ContentEditModel.ScheduledPublishField, result.Errors.GetValueOrDefault("publishAt"));
                    AddError(ContentEditModel.ScheduledUnpublishField, result.Errors.GetValueOrDefault("unpublishAt"));
                    break;
            }

            if (ModelState.IsValid)
            {
                FlashError($"Chưa hẹn giờ được: {string.Join(" ", result.Errors.Values)}");
                return RedirectToAction(nameof(Edit), new { id });
            }
        }

        var model = ContentEditModel.From(item);
        model.ScheduledPublish = scheduledPublish;
        model.ScheduledUnpublish = scheduledUnpublish;
        return await EditorAsync(model, definition, item);
    }

    /// <summary>The body rendered as the site will show it, for the editor's live preview.</summary>
    [HttpPost("preview")]
    public IActionResult Preview(string? body) => Content(MarkdownRenderer.ToHtml(body ?? ""), "text/html; charset=utf-8");

    [HttpGet("{id}/history")]
    public async Task<IActionResult> History(string id)
    {
        if (await content.GetAsync(id) is not { } item || FindType(item.ContentType) is not { } definition)
        {
            return NotFound();
        }

        return View(new ContentHistoryModel(item, definition, await content.GetHistoryAsync(id)));
    }

    [HttpGet("{id}/versions/{version:int}")]
    public async Task<IActionResult> Version(string id, int version)
    {
        if (await content.GetVersionAsync(id, version) is not { } old || FindType(old.ContentType) is not { } definition)
        {
            return NotFound();
        }

        return View(new ContentVersionModel(old, definition, old.ConcurrencyStamp));
    }

    [HttpPost("{id}/versions/{version:int}/restore")]
    public async Task<IActionResult> Restore(string id, int version, string? concurrencyStamp)
    {
        var result = await content.RestoreAsync(id, version, concurrencyStamp ?? "");
        switch (result.Failure)
        {
            case ContentFailure.None when result.Unchanged:
                Flash($"Phiên bản {version.ToString(CultureInfo.InvariantCulture)} giống hệt bản mới nhất, nên không tạo phiên bản mới.");
                return RedirectToAction(nameof(Edit), new { id });
            case ContentFailure.None:
                Flash($"Đã khôi phục phiên bản {version.ToString(CultureInfo.InvariantCulture)} thành một bản nháp mới.");
                return RedirectToAction(nameof(Edit), new { id });
            case ContentFailure.NotFound:
                return NotFound();
            default:
                FlashError(string.Join(" ", result.Errors.Values));
                return RedirectToAction(nameof(History), new { id });
        }
    }

    private void AddError(string field, string? message)
    {
        if (message is not null)
        {
            ModelState.AddModelError(field, message);
        }
    }

    private ContentTypeDefinition? FindType(string? name) =>
        modules.ContentTypesOf(CurrentTenant).FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));

    private async Task<IActionResult> SaveAsync(ContentEditModel model, ContentTypeDefinition type, ContentItem? existing, string? intent)
    {
        var publish = intent == PublishIntent;
        if (publish && !await permissions.HasPermissionAsync(User, ContentPermissions.Publish))
        {
            return Forbid();
        }

        var publishDateUtc = await CheckFormAsync(model, type, existing);
        if (intent == ForcePublishIntent && string.IsNullOrWhiteSpace(model.ForceReason))
        {
            ModelState.AddModelError(nameof(model.ForceReason), "Hãy ghi lý do đăng ngay không qua duyệt, ví dụ: thông báo khẩn về phòng chống bão lũ.");
        }

        if (intent == PreviewIntent || !ModelState.IsValid)
        {
            model.PreviewHtml = intent == PreviewIntent ? MarkdownRenderer.ToHtml(model.Body ?? "") : null;
            return await EditorAsync(model, type, existing);
        }

        var item = existing ?? content.New(type.Name);
        model.ToInput(publishDateUtc, publish).ApplyTo(item, type);
        item.ConcurrencyStamp = model.ConcurrencyStamp ?? "";
        var result = existing is null ? await content.CreateAsync(item, publish) : await content.UpdateAsync(item, model.ChangeSlug);
        if (result.Succeeded && _workflow is not null && intent is SubmitIntent or ForcePublishIntent)
        {
            return await AfterDraftSavedAsync(result.Item!, intent, model);
        }

        if (result is { Unchanged: true, Item: { } same } && (!publish || same.Published))
        {
            Flash(same.Published
                ? "Không có thay đổi nào: bài đang đăng đúng như bản này, nên không tạo phiên bản mới."
                : "Không có thay đổi nào so với bản đã lưu, nên không tạo phiên bản mới.");
            return RedirectToAction(nameof(Edit), new { id = same.ContentItemId });
        }

        if (result.Succeeded && publish && existing is not null)
        {
            var published = await content.PublishAsync(item.ContentItemId, result.Item!.ConcurrencyStamp);
            if (!published.Succeeded)
            {
                // The draft is saved; only the publication was refused.
                FlashError($"Đã lưu nháp nhưng chưa đăng được: {string.Join(" ", published.Errors.Values)}");
                return RedirectToAction(nameof(Edit), new { id = item.ContentItemId });
            }

            result = published;
        }

        if (result.Succeeded)
        {
            Flash(publish ? $"Đã đăng \"{result.Item!.DisplayText}\"." : $"Đã lưu nháp \"{result.Item!.DisplayText}\".");
            return RedirectToAction(nameof(Edit), new { id = result.Item.ContentItemId });
        }

        if (result.Failure == ContentFailure.Invalid)
        {
            ModelState.AddServiceErrors(result.Errors);
        }
        else
        {
            model.Problem = string.Join(" ", result.Errors.Values);
        }

        return await EditorAsync(model, type, existing);
    }

    /// <summary>Checks what the content manager does not: date, categories, image; stores a chosen image right away so it is not lost.</summary>
    /// <returns>The publish date in UTC, when one was entered.</returns>
    private async Task<DateTime?> CheckFormAsync(ContentEditModel model, ContentTypeDefinition type, ContentItem? existing)
    {
        DateTime? publishDateUtc = null;
        if (type.Has(nameof(PublishDatePart)))
        {
            publishDateUtc = TimeInput.ParseLocal(model.PublishDate, ContentInput.PublishDateLabel, out var dateError);
            if (dateError is not null)
            {
                ModelState.AddModelError(nameof(model.PublishDate), dateError);
            }
        }

        if (type.Has(nameof(CategoriesPart)) && await categories.UnknownAsync(model.Categories) is { Count: > 0 } unknown)
        {
            ModelState.AddModelError(nameof(model.Categories), $"Chuyên mục không tồn tại: {string.Join(", ", unknown)}.");
        }

        if (type.Has(nameof(ImagePart)))
        {
            await CheckImageAsync(model, existing?.Get<ImagePart>()?.Url);
        }

        return publishDateUtc;
    }

    private async Task CheckImageAsync(ContentEditModel model, string? storedUrl)
    {
        if (model.RemoveImage)
        {
            model.ImageUrl = null;
        }

        if (model.ImageFile is not null)
        {
            var upload = await media.SaveImageAsync(model.ImageFile, Request.PathBase);
            if (upload.Succeeded)
            {
                model.ImageUrl = upload.Url;
            }
            else
            {
                ModelState.AddModelError(nameof(model.ImageFile), upload.Error!);
            }
        }

        model.ImageUrl = string.IsNullOrWhiteSpace(model.ImageUrl) ? null : model.ImageUrl;
        if (model.ImageUrl is not null && model.ImageUrl != storedUrl && !MediaStore.IsOwnUrl(model.ImageUrl, Request.PathBase))
        {
            model.ImageUrl = storedUrl;
        }

        if (model.ImageUrl is not null && string.IsNullOrWhiteSpace(model.ImageAlt))
        {
            ModelState.AddModelError(nameof(model.ImageAlt), "Vui lòng mô tả ngắn nội dung ảnh cho người không xem được ảnh.");
        }
    }

    /// <summary>The draft is saved; now it is sent for approval, or published without it. Either refusal keeps the draft.</summary>
    private async Task<IActionResult> AfterDraftSavedAsync(ContentItem saved, string intent, ContentEditModel model)
    {
        var result = intent == SubmitIntent
            ? await _workflow!.SubmitAsync(saved.ContentItemId, saved.ConcurrencyStamp, model.SubmitNote, User)
            : await _workflow!.ForcePublishAsync(saved.ContentItemId, saved.ConcurrencyStamp, model.ForceReason, User);
        if (!result.Succeeded)
        {
            FlashError($"Đã lưu nháp nhưng chưa {(intent == SubmitIntent ? "gửi duyệt" : "đăng")} được: {string.Join(" ", result.Errors.Values)}");
        }
        else if (intent == SubmitIntent)
        {
            var status = await _workflow.GetStatusAsync(saved.ContentType, saved, User);
            Flash($"Đã gửi duyệt \"{saved.DisplayText}\"." + (status.WaitingFor is { } step ? $" Bài đang chờ bước \"{step}\"." : ""));
        }
        else
        {
            Flash($"Đã đăng \"{saved.DisplayText}\" không qua duyệt. Ban biên tập sẽ xem lại bài.");
        }

        return RedirectToAction(nameof(Edit), new { id = saved.ContentItemId });
    }

    private async Task<IActionResult> EditorAsync(ContentEditModel model, ContentTypeDefinition type, ContentItem? existing)
    {
        model.Type = type;
        model.Item = existing;
        var mayPublish = await permissions.HasPermissionAsync(User, ContentPermissions.Publish);
        model.Editorial = await scheduler.WithScheduleAsync(
            _workflow is null ? EditorialStatus.None : await _workflow.GetStatusAsync(type.Name, existing, User), existing, mayPublish);
        model.CanPublish = !model.Editorial.ApprovalRequired && mayPublish;
        model.CanUnpublish = mayPublish && existing?.PublishedVersion is not null;
        model.CanDelete = existing is not null && await permissions.HasPermissionAsync(User, ContentPermissions.Delete);
        model.AllCategories = type.Has(nameof(CategoriesPart)) ? await categories.ListAsync() : [];
        model.MaxImageBytes = media.MaxImageBytes;
        model.PublishedSlug = existing switch
        {
            { Published: true } => existing.Slug,
            { PublishedVersion: not null } => (await content.GetAsync(existing.ContentItemId, VersionOptions.Published))?.Slug,
            _ => null,
        };
        return View("Edit", model);
    }
}

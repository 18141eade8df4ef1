using System.Globalization;
using GovCms.Admin;
using GovCms.Content;
using GovCms.Content.Fields;
using GovCms.Content.Parts;
using GovCms.Content.Parts.Editing;
using GovCms.Content.Scheduling;
using GovCms.Media;
using GovCms.Security;
using GovCms.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace GovCms.Content.Admin;

/// <summary>
/// The one admin of every content type whose module is on: the list, the editor composed of the type's part editors
/// (with preview and uploads), and the version history. It is the engine's: it answers on every site whatever modules
/// are on, and a type whose module is off there answers 404.
/// </summary>
[Route("admin/content")]
[RequirePermission(ContentPermissions.Edit)]
public sealed class ContentAdminController(
    IContentManager content,
    ContentTypeCatalog types,
    ContentEditors editors,
    ContentInputBinder binder,
    MediaStore media,
    IMediaLibrary library,
    IPermissionService permissions,
    ContentListFilters listFilters,
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
        var listed = types.EnabledFor(CurrentTenant).Where(t => t.Settings.Listable).ToList();
        var selected = listed.FirstOrDefault(t => string.Equals(t.Name, type, StringComparison.OrdinalIgnoreCase));
        if (type is not null && selected is null)
        {
            return NotFound();
        }

        // Filters a module declares for the type (over its index), applied as the ids they allow; a refused value is named next to its filter.
        var filtering = await listFilters.ApplyAsync(selected, Request.Query, HttpContext.RequestAborted);
        var (ids, values) = (filtering.Ids, filtering.Values);
        var result = await content.ListAsync(new ContentQuery(selected?.Name, status, q, page, PageSize) { Ids = ids, Types = listed.Select(t => t.Name).ToList() });
        var pager = new Pager(result.Page, result.PageCount, p => PageUrl(selected, status, q, values, p));
        return View(new ContentListModel(listed, selected, status, q, result, pager)
        {
            CanUnpublish = await permissions.HasPermissionAsync(User, ContentPermissions.Publish),
            CanDelete = await permissions.HasPermissionAsync(User, ContentPermissions.Delete),
            Filters = filtering.Fields,
            FilterValues = values,
            FilterErrors = filtering.Errors,
        });
    }

    private string PageUrl(ContentTypeDefinition? type, ContentStatus status, string? q, IReadOnlyDictionary<string, string?> filters, int page)
    {
        var query = new Dictionary<string, string?>
        {
            ["type"] = type?.Name,
            ["status"] = status == ContentStatus.Any ? null : status.ToString(),
            ["q"] = q,
            ["page"] = page.ToString(CultureInfo.InvariantCulture),
        };
        foreach (var (name, value) in filters)
        {
            query[name] = value;
        }

        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(Url.Action(nameof(Index))!, query.Where(p => !string.IsNullOrEmpty(p.Value)));
    }

    [HttpGet("new")]
    public async Task<IActionResult> Create(string type) =>
        FindType(type) is { Settings.Creatable: true } definition ? await EditorAsync(new ContentEditModel(), definition, null) : NotFound();

    [HttpPost("new")]
    public async Task<IActionResult> Create(string type, ContentEditModel model, string? intent) =>
        FindType(type) is { Settings.Creatable: true } definition ? await SaveAsync(model, definition, null, intent) : NotFound();

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
                case OutcomeFailure.None:
                    Flash(publishAt is null && unpublishAt is null ? "Đã bỏ hẹn giờ." : "Đã lưu hẹn giờ.");
                    return RedirectToAction(nameof(Edit), new { id });
                case OutcomeFailure.NotFound:
                    return NotFound();
                case OutcomeFailure.Invalid:
                    AddError(ContentEditModel.ScheduledPublishField, result.Errors.GetValueOrDefault("publishAt"));
                    AddError(ContentEditModel.ScheduledUnpublishField, result.Errors.GetValueOrDefault("unpublishAt"));
                    break;
            }

            if (ModelState.IsValid)
            {
                FlashError($"Chưa hẹn giờ được: {result.Message}");
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
        if (await content.GetAsync(id) is not { } item || FindType(item.ContentType) is null)
        {
            return NotFound();
        }

        var result = await content.RestoreAsync(id, version, concurrencyStamp ?? "");
        switch (result.Failure)
        {
            case OutcomeFailure.None when result.Value!.Unchanged:
                Flash($"Phiên bản {version.ToString(CultureInfo.InvariantCulture)} giống hệt bản mới nhất, nên không tạo phiên bản mới.");
                return RedirectToAction(nameof(Edit), new { id });
            case OutcomeFailure.None:
                Flash($"Đã khôi phục phiên bản {version.ToString(CultureInfo.InvariantCulture)} thành một bản nháp mới.");
                return RedirectToAction(nameof(Edit), new { id });
            case OutcomeFailure.NotFound:
                return NotFound();
            default:
                FlashError(result.Message);
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

    private ContentTypeDefinition? FindType(string? name) => types.FindEnabled(name, CurrentTenant);

    private async Task<IActionResult> SaveAsync(ContentEditModel model, ContentTypeDefinition type, ContentItem? existing, string? intent)
    {
        var publish = intent == PublishIntent;
        if (publish && !await permissions.HasPermissionAsync(User, ContentPermissions.Publish))
        {
            return Forbid();
        }

        if (intent == ForcePublishIntent && string.IsNullOrWhiteSpace(model.ForceReason))
        {
            ModelState.AddModelError(nameof(model.ForceReason), "Hãy ghi lý do đăng ngay không qua duyệt, ví dụ: thông báo khẩn về phòng chống bão lũ.");
        }

        // Files chosen are stored right away, so that they are not lost when the form comes back with errors.
        var mediaValues = await UploadAsync(type);
        var input = editors.ReadForm(type, model.DisplayText, model.Slug, Request.Form, mediaValues);
        var item = existing ?? content.New(type.Name);
        var stored = existing is null ? null : await content.GetAsync(existing.ContentItemId);
        ModelState.AddServiceErrors(await binder.FillAsync(item, type, input, new ContentBindOptions(Request.PathBase, CheckTerms: true, stored)));
        if (intent == PreviewIntent || !ModelState.IsValid)
        {
            return await EditorAsync(model, type, existing, mediaValues, preview: intent == PreviewIntent);
        }

        item.ConcurrencyStamp = model.ConcurrencyStamp ?? "";
        var result = existing is null ? await content.CreateAsync(item, publish) : await content.UpdateAsync(item, model.ChangeSlug);
        if (result.Succeeded && _workflow is not null && intent is SubmitIntent or ForcePublishIntent)
        {
            return await AfterDraftSavedAsync(result.Value!, intent, model);
        }

        if (result is { Succeeded: true, Value: { Unchanged: true } same } && (!publish || same.Published))
        {
            Flash(same.Published
                ? "Không có thay đổi nào: bài đang đăng đúng như bản này, nên không tạo phiên bản mới."
                : "Không có thay đổi nào so với bản đã lưu, nên không tạo phiên bản mới.");
            return RedirectToAction(nameof(Edit), new { id = same.ContentItemId });
        }

        if (result.Succeeded && publish && existing is not null)
        {
            var published = await content.PublishAsync(item.ContentItemId, result.Value!.ConcurrencyStamp);
            if (!published.Succeeded)
            {
                // The draft is saved; only the publication was refused.
                FlashError($"Đã lưu nháp nhưng chưa đăng được: {published.Message}");
                return RedirectToAction(nameof(Edit), new { id = item.ContentItemId });
            }

            result = published;
        }

        if (result.Succeeded)
        {
            Flash(publish ? $"Đã đăng \"{result.Value!.DisplayText}\"." : $"Đã lưu nháp \"{result.Value!.DisplayText}\".");
            return RedirectToAction(nameof(Edit), new { id = result.Value.ContentItemId });
        }

        if (result.Failure == OutcomeFailure.Invalid)
        {
            ModelState.AddOutcome(result);
        }
        else
        {
            model.Problem = result.Message;
        }

        return await EditorAsync(model, type, existing, mediaValues);
    }

    /// <summary>
    /// The media fields after this post: the files already there (hidden fields) less those ticked for removal, plus
    /// the files chosen now, stored at once. A refused file is named next to its file input.
    /// </summary>
    private async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> UploadAsync(ContentTypeDefinition type)
    {
        var values = new Dictionary<string, IReadOnlyList<string>>();
        var form = Request.Form;
        foreach (var field in editors.Fields(type).Where(f => f.Kind == FieldKind.Media))
        {
            var editor = new FieldEditor(field, [], null);
            var removed = form[editor.RemoveName].Select(v => v ?? "").ToHashSet();
            var urls = form[field.FormName].Where(v => !string.IsNullOrWhiteSpace(v) && !removed.Contains(v!) && !removed.Contains("true")).Select(v => v!).ToList();
            var imagesOnly = (field.Attribute as MediaFieldAttribute)?.ImagesOnly ?? true;
            foreach (var file in form.Files.GetFiles(editor.UploadName).Where(f => f.Length > 0 || f.FileName.Length > 0))
            {
                var (url, error) = imagesOnly ? await ImageAsync(file) : await FileAsync(file);
                if (url is not null)
                {
                    urls = field.Multiple ? [.. urls, url] : [url];
                }
                else
                {
                    ModelState.AddModelError(editor.UploadName, error!);
                }
            }

            values[field.FormName] = urls;
        }

        return values;
    }

    private async Task<(string? Url, string? Error)> ImageAsync(IFormFile file)
    {
        var upload = await media.SaveImageAsync(file, Request.PathBase);
        return (upload.Succeeded ? upload.Url : null, upload.Error);
    }

    /// <summary>A field that takes any file (a document's signed PDF): stored by the media library, which recognises its kind by content.</summary>
    private async Task<(string? Url, string? Error)> FileAsync(IFormFile file)
    {
        await using var stream = file.OpenReadStream();
        var stored = await library.UploadAsync(stream, file.FileName, null, HttpContext.RequestAborted);
        return (stored.Succeeded ? stored.Value!.Url : null, stored.Succeeded ? null : stored.Message);
    }

    /// <summary>The draft is saved; now it is sent for approval, or published without it. Either refusal keeps the draft.</summary>
    private async Task<IActionResult> AfterDraftSavedAsync(ContentItem saved, string intent, ContentEditModel model)
    {
        var result = intent == SubmitIntent
            ? await _workflow!.SubmitAsync(saved.ContentItemId, saved.ConcurrencyStamp, model.SubmitNote, User)
            : await _workflow!.ForcePublishAsync(saved.ContentItemId, saved.ConcurrencyStamp, model.ForceReason, User);
        if (!result.Succeeded)
        {
            FlashError($"Đã lưu nháp nhưng chưa {(intent == SubmitIntent ? "gửi duyệt" : "đăng")} được: {result.Message}");
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

    private async Task<IActionResult> EditorAsync(ContentEditModel model, ContentTypeDefinition type, ContentItem? existing,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? posted = null, bool preview = false)
    {
        model.Type = type;
        model.Item = existing;
        model.Parts = posted is null
            ? await editors.FromItemAsync(type, existing, ModelState)
            : await editors.FromFormAsync(type, Request.Form, posted, ModelState);
        if (preview && model.Parts.SelectMany(p => p.Fields).FirstOrDefault(f => f.Field.Kind == FieldKind.Markdown) is { } body)
        {
            body.PreviewHtml = MarkdownRenderer.ToHtml(body.Value);
        }

        var mayPublish = await permissions.HasPermissionAsync(User, ContentPermissions.Publish);
        model.Editorial = await scheduler.WithScheduleAsync(
            _workflow is null ? EditorialStatus.None : await _workflow.GetStatusAsync(type.Name, existing, User), existing, mayPublish);
        model.CanPublish = !model.Editorial.ApprovalRequired && mayPublish;
        model.CanUnpublish = mayPublish && existing?.PublishedVersion is not null;
        model.CanDelete = existing is not null && await permissions.HasPermissionAsync(User, ContentPermissions.Delete);
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

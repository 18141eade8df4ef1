using GovCms.Content;
using GovCms.Content.Parts;
using GovCms.Content.Scheduling;
using GovCms.Data;
using GovCms.Hosting;
using GovCms.Security;
using GovCms.Tenants;
using GovCms.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Content.Admin;

/// <summary>
/// /api/admin/content: list, read, write, publish, remove, history and restore, for every type whose module is on
/// (the engine's, so no module needs to be on for it; a type whose module is off answers 404).
/// </summary>
public static class ContentAdminApi
{
    public static void MapContentAdminApi(this IEndpointRouteBuilder app)
    {
        var content = app.MapGroup("/api/admin/content").RequireAuthorization().RequirePermission(ContentPermissions.Edit)
            .AddEndpointFilter(OnlyEnabledTypes);

        content.MapGet("", async (IContentManager manager, ContentTypeCatalog types, ICurrentTenant tenant, ContentOutput output, ContentListFilters filters,
            HttpContext http, string? type, ContentStatus? status, string? q, int? page, int? pageSize) =>
        {
            var enabled = types.EnabledFor(tenant.Required);
            var selected = types.FindEnabled(type, tenant.Required);
            if (type is not null && selected is null)
            {
                return ApiResults.NotFound($"Loại nội dung '{type}' không tồn tại.");
            }

            // The type's list filters are query parameters too (e.g. ?type=Article&category=tin-tuc-su-kien).
            var filtering = await filters.ApplyAsync(selected, http.Request.Query, http.RequestAborted);
            if (filtering.Errors.Count > 0)
            {
                return ApiResults.Invalid(filtering.Errors);
            }

            var query = new ContentQuery(type, status ?? ContentStatus.Any, q, page ?? 1, pageSize ?? 20) { Types = enabled.Select(t => t.Name).ToList(), Ids = filtering.Ids };
            var result = await manager.ListAsync(query);
            return Results.Json(new { items = result.Items.Select(output.Of), result.Total, result.Page, result.PageSize, result.PageCount }, ContentJson.Options);
        });

        content.MapGet("/{id}", async (IContentManager manager, ContentOutput output, string id) =>
            await manager.GetAsync(id) is { } item ? Results.Json(output.Of(item), ContentJson.Options) : ApiResults.NotFound("Không tìm thấy nội dung."));

        content.MapPost("/{type}", async (IContentManager manager, ContentTypeCatalog types, ICurrentTenant tenant, ContentInputBinder binder,
            ContentOutput output, IPermissionService permissions, HttpContext http, string type, ContentInput input) =>
        {
            if (types.FindEnabled(type, tenant.Tenant) is not { Settings.Creatable: true } definition)
            {
                return ApiResults.NotFound($"Loại nội dung '{type}' không tồn tại.");
            }

            if (await RefusePublishAsync(input, permissions, http) is { } refused)
            {
                return refused;
            }

            var item = manager.New(definition.Name);
            if (await binder.FillAsync(item, definition, input.ToItemInput(), Options(http, null)) is { Count: > 0 } invalid)
            {
                return ApiResults.Invalid(invalid);
            }

            return ApiResults.From(await manager.CreateAsync(item, input.Publish), output.Of, StatusCodes.Status201Created);
        });

        content.MapPut("/{id}", async (IContentManager manager, ContentTypeCatalog types, ICurrentTenant tenant, ContentInputBinder binder,
            ContentOutput output, IPermissionService permissions, HttpContext http, string id, ContentInput input) =>
        {
            if (await manager.GetAsync(id) is not { } item || types.FindEnabled(item.ContentType, tenant.Tenant) is not { } definition)
            {
                return ApiResults.NotFound("Không tìm thấy nội dung.");
            }

            if (await RefusePublishAsync(input, permissions, http) is { } refused)
            {
                return refused;
            }

            if (await binder.FillAsync(item, definition, input.ToItemInput(), Options(http, item)) is { Count: > 0 } invalid)
            {
                return ApiResults.Invalid(invalid);
            }

            item.ConcurrencyStamp = input.ConcurrencyStamp ?? "";
            var result = await manager.UpdateAsync(item, input.ChangeSlug);
            if (result.Succeeded && input.Publish)
            {
                result = await manager.PublishAsync(id, result.Value!.ConcurrencyStamp);
            }

            return ApiResults.From(result, output.Of);
        });

        content.MapPost("/{id}/publish", async (IContentManager manager, ContentOutput output, string id, StampInput input) =>
                ApiResults.From(await manager.PublishAsync(id, input.ConcurrencyStamp ?? ""), output.Of))
            .RequirePermission(ContentPermissions.Publish);

        content.MapPost("/{id}/unpublish", async (IContentManager manager, ContentOutput output, string id, StampInput input) =>
                ApiResults.From(await manager.UnpublishAsync(id, input.ConcurrencyStamp ?? ""), output.Of))
            .RequirePermission(ContentPermissions.Publish);

        content.MapDelete("/{id}", async (IContentManager manager, ContentOutput output, string id, string? concurrencyStamp) =>
                ApiResults.From(await manager.RemoveAsync(id, concurrencyStamp ?? ""), output.Of))
            .RequirePermission(ContentPermissions.Delete);

        content.MapGet("/{id}/versions", async (IContentManager manager, string id) =>
            await manager.GetHistoryAsync(id) is { Count: > 0 } history ? Results.Json(history, ContentJson.Options) : ApiResults.NotFound("Không tìm thấy nội dung."));

        content.MapGet("/{id}/versions/{version:int}", async (IContentManager manager, ContentOutput output, string id, int version) =>
            await manager.GetVersionAsync(id, version) is { } item ? Results.Json(output.Of(item), ContentJson.Options) : ApiResults.NotFound($"Không có phiên bản {version}."));

        content.MapPost("/{id}/versions/{version:int}/restore", async (IContentManager manager, ContentOutput output, string id, int version, StampInput input) =>
            ApiResults.From(await manager.RestoreAsync(id, version, input.ConcurrencyStamp ?? ""), output.Of));

        MapEditorial(content);
    }

    /// <summary>Approval around publication, where the host has an editorial workflow (404 otherwise); the schedule with or without one.</summary>
    private static void MapEditorial(RouteGroupBuilder content)
    {
        content.MapGet("/{id}/editorial", async (IContentManager manager, IContentScheduler scheduler, IPermissionService permissions, HttpContext http, string id) =>
        {
            if (await manager.GetAsync(id) is not { } item)
            {
                return ApiResults.NotFound("Không tìm thấy nội dung.");
            }

            var status = Workflow(http) is { } workflow ? await workflow.GetStatusAsync(item.ContentType, item, http.User) : EditorialStatus.None;
            var canSchedule = await permissions.HasPermissionAsync(http.User, ContentPermissions.Publish);
            return Results.Json(await scheduler.WithScheduleAsync(status, item, canSchedule), ContentJson.Options);
        });

        content.MapPost("/{id}/submit", async (HttpContext http, ContentOutput output, string id, SubmitInput input) =>
            Workflow(http) is { } workflow
                ? ApiResults.From(await workflow.SubmitAsync(id, input.ConcurrencyStamp ?? "", input.Note, http.User), output.Of)
                : NoWorkflow);

        content.MapPost("/{id}/schedule", async (IContentScheduler scheduler, IPermissionService permissions, HttpContext http, ContentOutput output, string id, ScheduleInput input) =>
        {
            if (!await permissions.HasPermissionAsync(http.User, ContentPermissions.Publish))
            {
                return ApiResults.Problem(StatusCodes.Status403Forbidden, "Bạn không có quyền hẹn giờ đăng, gỡ nội dung.");
            }

            var errors = new Dictionary<string, string>();
            var publishAt = TimeInput.ParseInstant(input.PublishAt, "Thời điểm đăng", out var publishError);
            var unpublishAt = TimeInput.ParseInstant(input.UnpublishAt, "Thời điểm gỡ", out var unpublishError);
            if (publishError is not null)
            {
                errors["publishAt"] = publishError;
            }

            if (unpublishError is not null)
            {
                errors["unpublishAt"] = unpublishError;
            }

            return errors.Count > 0
                ? ApiResults.Invalid(errors)
                : ApiResults.From(await scheduler.ScheduleAsync(id, input.ConcurrencyStamp ?? "", publishAt, unpublishAt, http.User), output.Of);
        });

        content.MapPost("/{id}/force-publish", async (HttpContext http, ContentOutput output, string id, ForcePublishInput input) =>
            Workflow(http) is { } workflow
                ? ApiResults.From(await workflow.ForcePublishAsync(id, input.ConcurrencyStamp ?? "", input.Reason, http.User), output.Of)
                : NoWorkflow);
    }

    /// <summary>An item of a type whose module is off on the site is not there for the API: 404 on every route that names it.</summary>
    private static async ValueTask<object?> OnlyEnabledTypes(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.Request.RouteValues.TryGetValue("id", out var value) && value is string id)
        {
            var services = http.RequestServices;
            var contentType = await services.GetRequiredService<GovCmsDbContext>().Set<ContentItemRecord>()
                .Where(r => r.Id == id).Select(r => r.ContentType).FirstOrDefaultAsync(http.RequestAborted);
            if (contentType is not null && services.GetRequiredService<ContentTypeCatalog>().FindEnabled(contentType, services.GetRequiredService<ICurrentTenant>().Tenant) is null)
            {
                return ApiResults.NotFound("Không tìm thấy nội dung.");
            }
        }

        return await next(context);
    }

    private static IEditorialWorkflow? Workflow(HttpContext http) => http.RequestServices.GetService<IEditorialWorkflow>();

    private static IResult NoWorkflow => ApiResults.NotFound("Cổng này không có quy trình biên tập.");

    /// <summary>Refuses publishing by someone who may only write.</summary>
    private static async Task<IResult?> RefusePublishAsync(ContentInput input, IPermissionService permissions, HttpContext http) =>
        input.Publish && !await permissions.HasPermissionAsync(http.User, ContentPermissions.Publish)
            ? ApiResults.Problem(StatusCodes.Status403Forbidden, "Bạn không có quyền đăng nội dung. Hãy lưu nháp và gửi duyệt.")
            : null;

    /// <summary>Editors' input: terms must exist, and files are this site's own (uploaded, never linked from elsewhere).</summary>
    private static ContentBindOptions Options(HttpContext http, ContentItem? stored) => new(http.Request.PathBase, CheckTerms: true, stored);
}

public sealed record StampInput(string? ConcurrencyStamp);

public sealed record SubmitInput(string? ConcurrencyStamp, string? Note);

public sealed record ForcePublishInput(string? ConcurrencyStamp, string? Reason);

/// <summary>
/// When to publish the latest saved version and when to take the item off, ISO 8601 with offset; null for none
/// (what was set before is replaced).
/// </summary>
public sealed record ScheduleInput(string? ConcurrencyStamp, string? PublishAt, string? UnpublishAt);

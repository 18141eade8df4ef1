using System.Security.Claims;
using GovCms.Content;
using GovCms.Hosting;
using GovCms.Security;
using GovCms.Workflows.Definitions;
using GovCms.Workflows.Engine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovCms.Workflows.Endpoints;

/// <summary>/api/admin/workflows: the definitions of the site as JSON, and the activities they may use.</summary>
internal static class WorkflowAdminApi
{
    public static void Map(IEndpointRouteBuilder adminApi)
    {
        var workflows = adminApi.MapGroup("/workflows").RequirePermission(WorkflowPermissions.Manage);

        workflows.MapGet("/activities", (ActivityCatalog activities) =>
            Results.Json(activities.All.OrderBy(a => a.Name).Select(a => new
            {
                a.Name, a.DisplayName, Kind = a.Kind.ToString(), a.CanStart, a.UsesRoles, a.Outcomes,
            }), ContentJson.Options));

        workflows.MapGet("/definitions", async (WorkflowDefinitionStore store) =>
            Results.Json(await store.ListAsync(), WorkflowDefinition.Json));

        workflows.MapGet("/definitions/{name}", async (WorkflowDefinitionStore store, string name) =>
            await store.FindAsync(name) is { } definition ? Results.Json(definition, WorkflowDefinition.Json) : ApiResults.NotFound("Không có quy trình này."));

        // The body is the definition's JSON, read here so that its mistakes are answered in Vietnamese.
        workflows.MapPut("/definitions/{name}", async (WorkflowDefinitionEditor editor, HttpRequest request, ClaimsPrincipal user, string name) =>
        {
            using var reader = new StreamReader(request.Body);
            var (definition, error) = WorkflowDefinitionEditor.Read(await reader.ReadToEndAsync());
            if (definition is null)
            {
                return ApiResults.Invalid(new Dictionary<string, string> { ["json"] = error! });
            }

            if (definition.Name.Length > 0 && definition.Name != name)
            {
                return ApiResults.Invalid(new Dictionary<string, string> { ["name"] = $"Mã trong nội dung (\"{definition.Name}\") khác mã trong địa chỉ (\"{name}\")." });
            }

            definition = definition with { Name = name };
            var errors = await editor.SaveAsync(definition, user.Identity?.Name);
            return errors.Count == 0 ? Results.Json(definition, WorkflowDefinition.Json) : ApiResults.Invalid(errors);
        });

        workflows.MapDelete("/definitions/{name}", async (WorkflowDefinitionEditor editor, string name) =>
            await editor.DeleteAsync(name) ? Results.NoContent() : ApiResults.NotFound("Không có quy trình này."));
    }
}

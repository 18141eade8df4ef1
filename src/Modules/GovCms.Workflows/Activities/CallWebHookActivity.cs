using System.Net.Http.Json;
using GovCms.Content;
using GovCms.Tenants;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GovCms.Workflows.Activities;

/// <summary>
/// Posts what happened as JSON to an address the host allows (<see cref="WorkflowOptions.AllowedWebHooks"/>),
/// never to an internal address and without following redirects (<see cref="WebHookConnections"/>).
/// Outcome "Done" on a 2xx answer, "Failed" otherwise (the reason goes to the variable "webHookError").
/// </summary>
internal sealed partial class CallWebHookActivity(
    IHttpClientFactory clients,
    IOptions<WorkflowOptions> options,
    ICurrentTenant currentTenant,
    ILogger<CallWebHookActivity> logger) : IActivity
{
    public const string ClientName = "GovCms.WebHooks";

    public string Name => "CallWebHook";

    public string DisplayName => "Gọi địa chỉ web được phép";

    public ActivityKind Kind => ActivityKind.Task;

    public IReadOnlyList<string> Outcomes { get; } = [WorkflowOutcomes.Done, WorkflowOutcomes.Failed];

    public IEnumerable<string> Validate(WorkflowStep step)
    {
        if (!options.Value.IsAllowed(step.Text("url")))
        {
            yield return $"địa chỉ \"{step.Text("url")}\" không nằm trong danh sách địa chỉ được phép gọi (cấu hình GovCms:Workflows:AllowedWebHooks).";
        }
    }

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var url = context.Step.Text("url");
        if (!options.Value.IsAllowed(url))
        {
            return Failed(context, "Địa chỉ không còn được phép gọi.");
        }

        var tenant = currentTenant.Required;
        var body = new
        {
            site = tenant.Slug,
            step = context.Step.Id,
            instanceId = context.InstanceId,
            content = context.Content,
            actor = context.Actor,
        };
        try
        {
            using var response = await clients.CreateClient(ClientName).PostAsJsonAsync(url, body, ContentJson.Options, cancellationToken);
            if ((int)response.StatusCode is >= 300 and < 400)
            {
                return Failed(context, $"Địa chỉ trả lời chuyển hướng (mã {(int)response.StatusCode}) sang \"{response.Headers.Location}\"; hệ thống không đi theo chuyển hướng.");
            }

            return response.IsSuccessStatusCode
                ? ActivityResult.Done(WorkflowOutcomes.Done)
                : Failed(context, $"Địa chỉ trả lời mã {(int)response.StatusCode}.");
        }
        catch (HttpRequestException e)
        {
            CallFailed(logger, e, url!);
            return Failed(context, $"Không gọi được địa chỉ: {(e.InnerException is WebHookAddressRefusedException refused ? refused.Message : e.Message)}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed(context, "Địa chỉ không trả lời kịp.");
        }
    }

    private static ActivityResult Failed(ActivityContext context, string error)
    {
        context.Variables["webHookError"] = error;
        return ActivityResult.Done(WorkflowOutcomes.Failed);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Web hook {Url} failed")]
    private static partial void CallFailed(ILogger logger, Exception exception, string url);
}

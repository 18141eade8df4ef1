using System.Text.Json;
using GovCms.Content;
using GovCms.Data;
using GovCms.Tenants;
using Microsoft.AspNetCore.Http;

namespace GovCms.Audit;

/// <summary>Adds entries to the current unit of work, with who, when and from where.</summary>
internal sealed class AuditLog(GovCmsDbContext db, ICurrentTenant currentTenant, IHttpContextAccessor http, TimeProvider clock) : IAuditLog
{
    public void Add(AuditEvent entry)
    {
        // Work outside any site (the command line creating sites) has no log to go to.
        if ((entry.TenantId ?? currentTenant.Tenant?.Id) is not int tenantId)
        {
            return;
        }

        var request = http.HttpContext;
        db.Add(new AuditEntry
        {
            TenantId = tenantId,
            OccurredUtc = clock.GetUtcNow().UtcDateTime,
            Category = entry.Category,
            Action = entry.Action,
            UserName = Shorten(entry.UserName ?? request?.User.Identity?.Name, 256),
            ObjectId = Shorten(entry.ObjectId, 100),
            ObjectTitle = Shorten(entry.ObjectTitle, 300),
            Details = entry.Details is null ? null : JsonSerializer.Serialize(entry.Details, ContentJson.Options),
            IpAddress = request?.Connection.RemoteIpAddress?.ToString(),
        });
    }

    private static string? Shorten(string? text, int length) => text is { } value && value.Length > length ? value[..length] : text;
}

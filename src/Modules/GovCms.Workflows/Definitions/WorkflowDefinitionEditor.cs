using System.Text.Json;
using GovCms.Data;
using GovCms.Modules;
using GovCms.Security;
using GovCms.Tenants;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Workflows.Definitions;

/// <summary>Checks and stores the workflow definitions of the current tenant (the admin, the API and recipes).</summary>
public sealed class WorkflowDefinitionEditor(
    GovCmsDbContext db,
    WorkflowDefinitionStore store,
    DefinitionValidator validator,
    ModuleCatalog modules,
    ICurrentTenant currentTenant,
    TimeProvider clock)
{
    /// <summary>Reads a definition sent as JSON; the error says where the text is wrong.</summary>
    public static (WorkflowDefinition? Definition, string? Error) Read(string json)
    {
        try
        {
            return (WorkflowDefinition.Parse(json), null);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is long line ? $" (dòng {line + 1})" : "";
            return (null, $"Nội dung JSON không hợp lệ{where}: {e.Message}");
        }
    }

    /// <summary>Creates or replaces the definition of that name; nothing is stored when it has errors.</summary>
    public async Task<IReadOnlyDictionary<string, string>> SaveAsync(WorkflowDefinition definition, string? actor, CancellationToken cancellationToken = default)
    {
        var types = ContentTypes();
        var errors = validator.Validate(definition, await RolesAsync(cancellationToken), types);
        if (errors.Count == 0 && definition.Enabled && definition.StartEvent == WorkflowDefinitionStore.SubmitEvent)
        {
            await CheckOneApprovalPerTypeAsync(definition, types, errors, cancellationToken);
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var record = await db.Set<WorkflowDefinitionRecord>().SingleOrDefaultAsync(d => d.Name == definition.Name, cancellationToken);
        if (record is null)
        {
            record = new WorkflowDefinitionRecord { Name = definition.Name };
            db.Add(record);
        }

        record.Json = definition.ToJson();
        record.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        record.ModifiedBy = actor;
        await db.SaveChangesAsync(cancellationToken);
        store.Forget();
        return errors;
    }

    public async Task<bool> DeleteAsync(string name, CancellationToken cancellationToken = default)
    {
        var deleted = await db.Set<WorkflowDefinitionRecord>().Where(d => d.Name == name).ExecuteDeleteAsync(cancellationToken) > 0;
        store.Forget();
        return deleted;
    }

    public async Task<IReadOnlySet<string>> RolesAsync(CancellationToken cancellationToken = default) =>
        (await db.Set<TenantRole>().Select(r => r.Name).ToListAsync(cancellationToken)).ToHashSet();

    public IReadOnlySet<string> ContentTypes() =>
        modules.ContentTypesOf(currentTenant.Required).Select(t => t.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private async Task CheckOneApprovalPerTypeAsync(WorkflowDefinition definition, IReadOnlySet<string> types, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        IEnumerable<string> Covered(WorkflowDefinition d) => d.ContentTypes.Count == 0 ? types : d.ContentTypes;
        var others = (await store.ListAsync(cancellationToken)).Where(d => d.Name != definition.Name && d.Enabled && d.StartEvent == WorkflowDefinitionStore.SubmitEvent);
        foreach (var other in others)
        {
            var shared = Covered(definition).Intersect(Covered(other), StringComparer.OrdinalIgnoreCase).ToList();
            if (shared.Count > 0)
            {
                errors["contentTypes"] = $"Loại nội dung {string.Join(", ", shared)} đã có quy trình duyệt \"{other.DisplayName}\". Mỗi loại nội dung chỉ có một quy trình duyệt: hãy tắt quy trình kia hoặc bỏ loại này.";
                return;
            }
        }
    }
}

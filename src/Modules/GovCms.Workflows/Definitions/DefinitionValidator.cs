using System.Globalization;
using GovCms.Text;
using GovCms.Workflows.Engine;

namespace GovCms.Workflows.Definitions;

/// <summary>Checks a definition before it is stored; errors are keyed by where they are ("steps[2].roles").</summary>
public sealed class DefinitionValidator(ActivityCatalog activities)
{
    public Dictionary<string, string> Validate(WorkflowDefinition definition, IReadOnlySet<string> roles, IReadOnlySet<string> contentTypes)
    {
        var errors = new Dictionary<string, string>();
        if (!VietnameseText.IsSlug(definition.Name) || definition.Name.Length > 60)
        {
            errors["name"] = "Mã quy trình chỉ gồm chữ thường không dấu, số và dấu gạch ngang, tối đa 60 ký tự.";
        }

        if (string.IsNullOrWhiteSpace(definition.DisplayName))
        {
            errors["displayName"] = "Vui lòng nhập tên quy trình.";
        }

        var unknownTypes = definition.ContentTypes.Where(t => !contentTypes.Contains(t)).ToList();
        if (unknownTypes.Count > 0)
        {
            errors["contentTypes"] = $"Loại nội dung không có trên cổng này: {string.Join(", ", unknownTypes)}.";
        }

        if (definition.Steps.Count < 2)
        {
            errors["steps"] = "Quy trình cần ít nhất hai bước: sự kiện bắt đầu và một việc cần làm.";
            return errors;
        }

        var ids = definition.Steps.Select(s => s.Id).ToList();
        for (var index = 0; index < definition.Steps.Count; index++)
        {
            var problems = CheckStep(definition, index, ids, roles).ToList();
            if (problems.Count > 0)
            {
                var step = definition.Steps[index];
                var label = string.Create(CultureInfo.InvariantCulture, $"Bước {index + 1}") + (step.Title is { Length: > 0 } t ? $" (\"{t}\")" : "");
                errors[$"steps[{index}]"] = $"{label}: {string.Join(" ", problems)}";
            }
        }

        return errors;
    }

    private IEnumerable<string> CheckStep(WorkflowDefinition definition, int index, List<string> ids, IReadOnlySet<string> roles)
    {
        var step = definition.Steps[index];
        if (!VietnameseText.IsSlug(step.Id) || step.Id == WorkflowDefinition.End)
        {
            yield return "mã bước chỉ gồm chữ thường không dấu, số và dấu gạch ngang, và không được là \"end\".";
        }
        else if (ids.Count(id => id == step.Id) > 1)
        {
            yield return $"mã bước \"{step.Id}\" bị trùng.";
        }

        if (activities.Find(step.Activity) is not { } activity)
        {
            yield return $"không có hoạt động \"{step.Activity}\". Các hoạt động: {string.Join(", ", activities.All.Select(a => a.Name).Order())}.";
            yield break;
        }

        if (index == 0 && !activity.CanStart)
        {
            yield return $"bước đầu phải là sự kiện bắt đầu quy trình ({string.Join(", ", activities.All.Where(a => a.CanStart).Select(a => a.Name).Order())}).";
        }

        var unknownRoles = step.Roles.Where(r => !roles.Contains(r)).ToList();
        if (unknownRoles.Count > 0)
        {
            yield return $"vai trò không có trên cổng này: {string.Join(", ", unknownRoles)}.";
        }

        foreach (var (outcome, target) in step.Then)
        {
            if (!activity.Outcomes.Contains(outcome))
            {
                yield return $"\"{activity.DisplayName}\" không có kết quả \"{outcome}\" (chỉ có: {string.Join(", ", activity.Outcomes)}).";
            }

            if (target != WorkflowDefinition.End && !ids.Contains(target))
            {
                yield return $"kết quả \"{outcome}\" dẫn đến bước \"{target}\" không có trong quy trình.";
            }
        }

        foreach (var problem in activity.Validate(step))
        {
            yield return problem;
        }
    }
}

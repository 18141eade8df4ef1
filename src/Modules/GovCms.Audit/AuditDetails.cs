using System.Globalization;
using System.Text.Json;
using GovCms.Content;
using GovCms.Modules;
using GovCms.Security;
using GovCms.Tenants;
using GovCms.Text;
using Microsoft.Extensions.Options;

namespace GovCms.Audit;

/// <summary>One line of an entry's details as the log page shows it: "Vai trò: Tác giả → Biên tập viên".</summary>
public sealed record AuditDetailLine(string Label, string Text);

/// <summary>
/// The details of an entry (JSON, as the CSV export keeps them) read out in Vietnamese for the log page: known keys
/// get their labels, and the names code uses — modules, permissions, roles, levels, states, fields (by the labels the parts
/// declare) — the names people use.
/// </summary>
public sealed class AuditDetails(ModuleCatalog modules, ITenantCatalog tenants, IOptions<TenancyOptions> tenancy, ContentFieldLabels fields)
{
    private static readonly Dictionary<string, string> Keys = new(StringComparer.Ordinal)
    {
        ["version"] = "Phiên bản",
        ["restoredFrom"] = "Khôi phục từ phiên bản",
        ["changes"] = "Thay đổi",
        ["note"] = "Lời nhắn",
        ["notes"] = "Ghi chú",
        ["reason"] = "Lý do",
        ["step"] = "Bước",
        ["publishAtUtc"] = "Đăng lúc",
        ["unpublishAtUtc"] = "Gỡ khỏi cổng lúc",
        ["level"] = "Cấp",
        ["parentId"] = "Thuộc đơn vị",
        ["successorId"] = "Đơn vị kế thừa",
        ["features"] = "Tính năng",
        ["feature"] = "Tính năng",
        ["entries"] = "Số mục menu",
        ["roles"] = "Vai trò",
        ["before"] = "Trước",
        ["after"] = "Sau",
        ["lockedUntil"] = "Tạm khóa đến",
        ["displayName"] = "Họ tên",
        ["email"] = "Thư điện tử",
    };

    private static readonly Dictionary<string, string> States = new(StringComparer.Ordinal)
    {
        [nameof(TenantState.Running)] = "Đang hoạt động",
        [nameof(TenantState.Disabled)] = "Tạm dừng",
        [nameof(TenantState.Retired)] = "Đã sáp nhập",
    };

    public IReadOnlyList<AuditDetailLine> Describe(string? details)
    {
        if (string.IsNullOrWhiteSpace(details))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(details);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return [new AuditDetailLine("Chi tiết", ValueText(document.RootElement, key: null))];
            }

            return document.RootElement.EnumerateObject()
                .Where(p => p.Value.ValueKind != JsonValueKind.Null)
                .SelectMany(Lines)
                .ToList();
        }
        catch (JsonException)
        {
            return [new AuditDetailLine("Chi tiết", details)];
        }
    }

    private IEnumerable<AuditDetailLine> Lines(JsonProperty property)
    {
        var label = Keys.GetValueOrDefault(property.Name, property.Name);
        if (property.Name == "changes" && property.Value.ValueKind == JsonValueKind.Array)
        {
            foreach (var change in property.Value.EnumerateArray())
            {
                var field = change.TryGetProperty("field", out var name) ? name.GetString() ?? "" : "";
                yield return new AuditDetailLine(FieldLabel(field),
                    $"{Shown(change, "before")} → {Shown(change, "after")}");
            }

            yield break;
        }

        if (property.Value.ValueKind == JsonValueKind.Object)
        {
            foreach (var inner in property.Value.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null))
            {
                yield return new AuditDetailLine($"{label}, {Keys.GetValueOrDefault(inner.Name, inner.Name).ToLowerInvariant()}", ValueText(inner.Value, inner.Name));
            }

            yield break;
        }

        yield return new AuditDetailLine(label, ValueText(property.Value, property.Name));
    }

    private static string Shown(JsonElement change, string side) =>
        change.TryGetProperty(side, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? $"\"{text}\"" : "(trống)";

    private string ValueText(JsonElement value, string? key) => value.ValueKind switch
    {
        JsonValueKind.Array => value.GetArrayLength() == 0 ? "(không có)" : string.Join(", ", value.EnumerateArray().Select(v => ValueText(v, key))),
        JsonValueKind.String => Name(value.GetString()!, key),
        JsonValueKind.Number when key is "parentId" or "successorId" && value.TryGetInt32(out var id) => tenants.Find(id)?.DisplayName ?? id.ToString(CultureInfo.InvariantCulture),
        JsonValueKind.True => "có",
        JsonValueKind.False => "không",
        _ => value.GetRawText(),
    };

    /// <summary>The name people use for a name code uses, or the text itself.</summary>
    private string Name(string text, string? key)
    {
        if (key is not null && key.EndsWith("Utc", StringComparison.Ordinal) || key == "lockedUntil")
        {
            return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc)
                ? VietnamTime.FormatDateTime(utc)
                : text;
        }

        return modules.Modules.FirstOrDefault(m => m.Manifest.Id == text)?.Manifest.Name
            ?? modules.Permissions.FirstOrDefault(p => p.Name == text)?.DisplayName
            ?? BuiltInRoles.All.FirstOrDefault(r => r.Name == text).DisplayName
            ?? (key == "level" ? tenancy.Value.FindLevel(text)?.DisplayName : null)
            ?? modules.ContentTypes.FirstOrDefault(t => t.Name == text)?.DisplayName
            ?? States.GetValueOrDefault(text)
            ?? text;
    }

    private string FieldLabel(string field) =>
        fields.Of(field)
        ?? SiteSettings.Fields.FirstOrDefault(f => f.Key == field)?.Label
        ?? field;
}

using System.Text.Json;
using System.Text.Json.Nodes;
using GovCms.Content;
using GovCms.Content.Fields;
using GovCms.Content.Parts;
using GovCms.Content.Parts.Editing;
using Microsoft.AspNetCore.Http;

namespace GovCms.Tenants;

/// <summary>
/// Reads and saves a site's settings sections through the field engine of parts: each value bound by
/// <see cref="FieldBinder"/> and checked as a part's field is (required, lengths, ranges), errors in Vietnamese by the
/// field's key ("latestCount"). The settings page, the API and the recipe step all save through here.
/// </summary>
public sealed class SiteSettingsStore(SiteSettingsCatalog catalog, TenantService tenants)
{
    /// <summary>The class's defaults as stored JSON.</summary>
    public static JsonObject Defaults(SiteSettingsSection section) =>
        JsonSerializer.SerializeToNode(Activator.CreateInstance(section.Model), section.Model, ContentJson.Options)!.AsObject();

    /// <summary>The site's values of the section as stored JSON (defaults where it stored none).</summary>
    public JsonObject Values(SiteSettingsSection section, TenantContext tenant) =>
        JsonSerializer.SerializeToNode(catalog.Load(section, tenant), section.Model, ContentJson.Options)!.AsObject();

    /// <summary>
    /// Sets the fields <paramref name="input"/> names (by key, any case) and keeps the others; an unknown field or a
    /// bad value refuses the whole section. Errors are keyed by the field's key.
    /// </summary>
    public async Task<Outcome<TenantContext>> SaveAsync(TenantContext tenant, SiteSettingsSection section, JsonObject input, CancellationToken cancellationToken = default)
    {
        var (values, errors) = Bind(section, Values(section, tenant), input);
        if (errors.Count > 0)
        {
            return Outcome<TenantContext>.Invalid(errors);
        }

        return await tenants.SetSettingSectionAsync(tenant.Id, section.Name, values, cancellationToken);
    }

    /// <summary>The section's current values with the input's over them, checked; errors by field key.</summary>
    public static (JsonObject Values, Dictionary<string, string> Errors) Bind(SiteSettingsSection section, JsonObject current, JsonObject input)
    {
        var errors = new Dictionary<string, string>();
        foreach (var (key, _) in input)
        {
            if (section.Fields.Field(key) is null)
            {
                errors[key] = $"Mục cài đặt \"{section.Title}\" không có trường \"{key}\". Các trường: {string.Join(", ", section.Fields.Fields.Select(f => f.Key))}.";
            }
        }

        var values = (JsonObject)current.DeepClone();
        foreach (var field in section.Fields.Fields)
        {
            if (input.FirstOrDefault(p => string.Equals(p.Key, field.Key, StringComparison.OrdinalIgnoreCase)) is not { Key: not null } given)
            {
                continue;
            }

            var value = FieldBinder.Bind(field, given.Value?.DeepClone(), out var error) ?? FieldBinder.Default(field);
            if (error is null)
            {
                value = ForProperty(field, value, out error);
            }

            if (error is not null)
            {
                errors.TryAdd(field.Key, error);
            }

            values[field.Key] = value;
        }

        if (errors.Count > 0)
        {
            return (values, errors);
        }

        var model = values.Deserialize(section.Model, ContentJson.Options)!;
        var checks = new Dictionary<string, string>();
        foreach (var field in section.Fields.Fields)
        {
            ContentPreparer.Check(field, model, checks, []);
        }

        foreach (var field in section.Fields.Fields.Where(f => checks.ContainsKey(f.ErrorKey)))
        {
            errors[field.Key] = checks[field.ErrorKey];
        }

        return (JsonSerializer.SerializeToNode(model, section.Model, ContentJson.Options)!.AsObject(), errors);
    }

    /// <summary>The section's fields as the settings form posted them (every field, by its form name).</summary>
    public static JsonObject ReadForm(SiteSettingsSection section, IFormCollection form)
    {
        var input = new JsonObject();
        foreach (var field in section.Fields.Fields)
        {
            var posted = form[field.FormName].Where(v => v is not null).Select(v => v!).ToList();
            input[field.Key] = field.Multiple || field.Kind == FieldKind.YesNo
                ? new JsonArray(posted.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray())
                : posted.Count > 0 ? JsonValue.Create(posted[0]) : null;
        }

        return input;
    }

    /// <summary>The editors of the section's fields (the admin theme's editor of each kind), showing stored values or what was posted.</summary>
    public static IReadOnlyList<FieldEditor> Editors(SiteSettingsSection section, JsonObject stored, IFormCollection? posted, IReadOnlyDictionary<string, string> errors) =>
        section.Fields.Fields.Select(field => new FieldEditor(
                field,
                posted is not null ? posted[field.FormName].Where(v => v is not null).Select(v => v!).ToList() : ContentEditors.Display(field, stored[field.Key]),
                errors.GetValueOrDefault(field.Key))
            {
                Options = (field.Attribute as ChoiceFieldAttribute)?.Options ?? [],
            })
            .ToList();

    /// <summary>
    /// A bound value as the settings class's property takes it: a number field of an <c>int</c> takes whole numbers, and
    /// a property that cannot be empty (<c>int</c>, <c>decimal</c>, <c>long</c>) needs a value.
    /// </summary>
    private static JsonNode? ForProperty(ContentFieldDefinition field, JsonNode? value, out string? error)
    {
        error = null;
        var property = field.Property.PropertyType;
        var type = Nullable.GetUnderlyingType(property) ?? property;
        if (value is null && property.IsValueType && Nullable.GetUnderlyingType(property) is null)
        {
            error = $"Vui lòng nhập {field.Label.ToLowerInvariant()}.";
            return null;
        }

        if (type == typeof(int) && value is JsonValue number && number.TryGetValue(out decimal amount))
        {
            if (amount != decimal.Truncate(amount) || amount is < int.MinValue or > int.MaxValue)
            {
                error = $"{field.Label} phải là số nguyên, ví dụ 6.";
                return null;
            }

            return JsonValue.Create((int)amount);
        }

        return value;
    }
}

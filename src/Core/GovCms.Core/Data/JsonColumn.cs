using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovCms.Data;

public static class JsonColumn
{
    /// <summary>Stores a small object graph (a list, a dictionary) as JSON text, compared by value for change tracking.</summary>
    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property) where T : class, new()
    {
        var comparer = new ValueComparer<T>(
            (a, b) => Serialize(a) == Serialize(b),
            v => Serialize(v).GetHashCode(),
            v => Deserialize<T>(Serialize(v)));
        property.HasConversion(v => Serialize(v), s => Deserialize<T>(s), comparer);
        return property;
    }

    private static string Serialize<T>(T? value) => JsonSerializer.Serialize(value, GovCms.Content.ContentJson.Options);

    private static T Deserialize<T>(string text) where T : new() =>
        string.IsNullOrEmpty(text) ? new T() : JsonSerializer.Deserialize<T>(text, GovCms.Content.ContentJson.Options) ?? new T();
}

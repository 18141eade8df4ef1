namespace GovCms.Content.Fields;

/// <summary>A property that is not edited (it is derived on save) but shown at the top level of the API's output under <see cref="Name"/>.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ApiOutputAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

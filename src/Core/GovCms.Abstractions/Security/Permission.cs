namespace GovCms.Security;

/// <summary>A permission a module declares; roles are granted permissions per tenant.</summary>
/// <param name="DefaultRoles">Built-in roles that get the permission when a tenant is created.</param>
public sealed record Permission(string Name, string DisplayName, params string[] DefaultRoles);

/// <summary>The roles every tenant starts with.</summary>
public static class BuiltInRoles
{
    public const string Administrator = "Administrator";
    public const string Approver = "Approver";
    public const string Reviewer = "Reviewer";
    public const string Author = "Author";
    /// <summary>
    /// Giám sát: granted on a site, reads the admin of that site and of every site below it (lists, dashboards)
    /// and changes nothing; every change it tries is refused with 403.
    /// </summary>
    public const string Supervisor = "Supervisor";

    public static readonly IReadOnlyList<(string Name, string DisplayName)> All =
    [
        (Administrator, "Quản trị"),
        (Approver, "Trưởng ban biên tập"),
        (Reviewer, "Biên tập viên"),
        (Author, "Tác giả"),
        (Supervisor, "Giám sát"),
    ];
}

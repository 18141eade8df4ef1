namespace GovCms.Audit;

/// <summary>The append-only log of what people did on a site: content, users and the site itself.</summary>
public interface IAuditLog
{
    /// <summary>Adds an entry to the changes being made: it is stored with the caller's next save, or not at all.</summary>
    void Add(AuditEvent entry);
}

/// <param name="Category">One of <see cref="AuditCategories"/>, or a category a module declares.</param>
/// <param name="Action">One of <see cref="AuditActions"/> (the engine's), or an action its writer declares with its label.</param>
/// <param name="ObjectId">What the entry is about: a content item's id, a user name, a site's id.</param>
public sealed record AuditEvent(string Category, string Action, string? ObjectId = null, string? ObjectTitle = null)
{
    /// <summary>What else is worth keeping (a diff, the notes, a reason), stored as JSON.</summary>
    public object? Details { get; init; }

    /// <summary>Who did it; the signed-in user when not given.</summary>
    public string? UserName { get; init; }

    /// <summary>The site whose log gets the entry; the current site when not given.</summary>
    public int? TenantId { get; init; }
}

/// <summary>The categories the engine writes; a module may declare its own (<see cref="AuditLabel"/>).</summary>
public static class AuditCategories
{
    public const string Content = "content";
    public const string User = "user";
    public const string Tenant = "tenant";
}

/// <summary>The actions the engine writes (its content, user and site services); modules declare their own.</summary>
public static class AuditActions
{
    public const string Created = "created";
    public const string Edited = "edited";
    public const string Restored = "restored";
    public const string Published = "published";
    public const string Scheduled = "scheduled";
    public const string Unpublished = "unpublished";
    public const string Deleted = "deleted";

    public const string SignedIn = "signed-in";
    public const string SignInFailed = "sign-in-failed";
    public const string RolesChanged = "roles-changed";
    public const string RolePermissionsChanged = "role-permissions-changed";
    public const string Disabled = "disabled";
    public const string Enabled = "enabled";
    public const string Unlocked = "unlocked";
    public const string PasswordChanged = "password-changed";
    public const string PasswordReset = "password-reset";
    public const string SignedOut = "signed-out";

    public const string SettingsChanged = "settings-changed";
    public const string MenuChanged = "menu-changed";
    public const string FeatureEnabled = "feature-enabled";
    public const string FeatureDisabled = "feature-disabled";
    public const string StateChanged = "state-changed";
}

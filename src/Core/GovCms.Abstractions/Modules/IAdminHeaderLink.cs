using System.Security.Claims;

namespace GovCms.Modules;

/// <summary>
/// A link a module puts in the admin header for the signed-in user, with a count (the inbox: the tasks
/// waiting on the user's roles). Shown only where the module is on; register it as scoped.
/// </summary>
public interface IAdminHeaderLink
{
    /// <summary>The id of the module the link belongs to.</summary>
    string Feature { get; }

    /// <summary>The link for this user, or null when the user has nothing to do with it.</summary>
    Task<AdminHeaderLink?> GetAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default);
}

/// <param name="Path">Relative to the tenant's /admin, e.g. "inbox".</param>
/// <param name="Description">What the count means, read by screen readers, e.g. "2 việc chờ xử lý".</param>
public sealed record AdminHeaderLink(string Title, string Path, int Count, string Description);

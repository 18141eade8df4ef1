using Microsoft.AspNetCore.Authorization;

namespace GovCms.Security;

/// <summary>On a controller or action: the permission is needed on the current tenant (403 otherwise, sign-in page when signed out).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequirePermissionAttribute(string permission) : AuthorizeAttribute(PermissionPolicyProvider.Prefix + permission);

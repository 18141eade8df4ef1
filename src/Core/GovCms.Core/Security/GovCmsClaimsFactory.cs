using System.Globalization;
using System.Security.Claims;
using GovCms.Tenants;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace GovCms.Security;

/// <summary>Adds the user's tenant and the tenant the cookie is for; runs again on every security-stamp check.</summary>
internal sealed class GovCmsClaimsFactory(UserManager<GovCmsUser> users, IOptions<IdentityOptions> options, ICurrentTenant currentTenant)
    : UserClaimsPrincipalFactory<GovCmsUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(GovCmsUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(GovCmsClaims.UserTenant, user.TenantId.ToString(CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(ClaimTypes.GivenName, user.DisplayName));
        if (currentTenant.Tenant is { } tenant)
        {
            identity.AddClaim(new Claim(GovCmsClaims.SignedInTenant, tenant.Id.ToString(CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}

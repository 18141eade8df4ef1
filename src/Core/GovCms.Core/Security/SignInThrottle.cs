using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace GovCms.Security;

/// <summary>
/// Limits sign-in attempts per client address and per account (site and user name), counted before any
/// password is checked: guessing is slowed down for everyone, known and unknown names alike, and an
/// attempt refused here never counts towards the account's lockout.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<Attempt> _limiter;

    public SignInThrottle(IOptions<SecurityOptions> options)
    {
        var settings = options.Value;
        _limiter = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<Attempt, string>(attempt =>
                RateLimitPartition.GetFixedWindowLimiter(attempt.ClientAddress, _ => Window(settings.SignInPerIp))),
            PartitionedRateLimiter.Create<Attempt, string>(attempt =>
                RateLimitPartition.GetFixedWindowLimiter(attempt.Account, _ => Window(settings.SignInPerAccount))));
    }

    /// <summary>Takes one attempt; returns null when allowed, or how long to wait when the limit is reached.</summary>
    public TimeSpan? TryAcquire(string? clientAddress, int tenantId, string userName)
    {
        // Long names are cut so a flood of huge names cannot fill memory with partitions.
        var name = userName.Length > 256 ? userName[..256] : userName;
        using var lease = _limiter.AttemptAcquire(new Attempt(clientAddress ?? "-", $"{tenantId}:{name.ToUpperInvariant()}"));
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) && retryAfter > TimeSpan.Zero ? retryAfter : TimeSpan.FromSeconds(1);
    }

    public void Dispose() => _limiter.Dispose();

    private static FixedWindowRateLimiterOptions Window(SecurityOptions.RateLimit limit) => new()
    {
        PermitLimit = Math.Max(1, limit.PermitLimit),
        Window = limit.Window > TimeSpan.Zero ? limit.Window : TimeSpan.FromMinutes(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private sealed record Attempt(string ClientAddress, string Account);
}

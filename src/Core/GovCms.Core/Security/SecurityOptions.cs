namespace GovCms.Security;

/// <summary>Bound from "GovCms:Security": how hard signing in is to abuse.</summary>
public sealed class SecurityOptions
{
    /// <summary>Sign-in attempts (and password-reset requests) one client address may make per window.</summary>
    public RateLimit SignInPerIp { get; set; } = new() { PermitLimit = 30, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Sign-in attempts on one user name of one site per window, from anywhere.</summary>
    public RateLimit SignInPerAccount { get; set; } = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(5) };

    /// <summary>Wrong passwords in a row that lock an account.</summary>
    public int LockoutAttempts { get; set; } = 5;

    /// <summary>How long a locked account stays locked (a password reset or an administrator lifts it earlier).</summary>
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long the link of a "Quên mật khẩu" mail stays good.</summary>
    public TimeSpan PasswordResetLinkLifetime { get; set; } = TimeSpan.FromHours(2);

    public sealed class RateLimit
    {
        public int PermitLimit { get; set; }
        public TimeSpan Window { get; set; }
    }
}

namespace GovCms.Workflows.Activities;

/// <summary>Bound from "GovCms:Workflows".</summary>
public sealed class WorkflowOptions
{
    /// <summary>
    /// The addresses a "CallWebHook" step may call: an address is allowed when it starts with one of
    /// these (same scheme, host and port, and the path below), e.g. "https://lgsp.thanhhoa.gov.vn/hooks/".
    /// </summary>
    public List<string> AllowedWebHooks { get; set; } = [];

    /// <summary>
    /// Lets web hooks reach loopback addresses (127.0.0.0/8, ::1), which are refused otherwise. For tests that run
    /// their own receiver only; never on a production host.
    /// </summary>
    public bool AllowLoopbackWebHooks { get; set; }

    public bool IsAllowed(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
        {
            return false;
        }

        return AllowedWebHooks.Any(prefix => Uri.TryCreate(prefix, UriKind.Absolute, out var allowed)
            && allowed.Scheme == address.Scheme
            && string.Equals(allowed.Host, address.Host, StringComparison.OrdinalIgnoreCase)
            && allowed.Port == address.Port
            && address.AbsolutePath.StartsWith(allowed.AbsolutePath, StringComparison.Ordinal));
    }
}

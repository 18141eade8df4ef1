using System.Net;
using System.Net.Sockets;

namespace GovCms.Workflows.Activities;

/// <summary>
/// The addresses a web hook must never reach, whatever name led there: loopback, unspecified, private networks
/// (RFC 1918, IPv6 unique local fc00::/7), shared address space of carriers (100.64.0.0/10), link-local (with the
/// cloud metadata services 169.254.169.254 and fd00:ec2::254), multicast, broadcast and the other reserved ranges,
/// also when written inside an IPv6 address (::ffff:a.b.c.d, NAT64, 6to4).
/// </summary>
public static class WebHookAddresses
{
    private static readonly (IPAddress Network, int Prefix)[] ForbiddenV4 =
    [
        (IPAddress.Parse("0.0.0.0"), 8),
        (IPAddress.Parse("10.0.0.0"), 8),
        (IPAddress.Parse("100.64.0.0"), 10),
        (IPAddress.Parse("169.254.0.0"), 16),
        (IPAddress.Parse("172.16.0.0"), 12),
        (IPAddress.Parse("192.0.0.0"), 24),
        (IPAddress.Parse("192.0.2.0"), 24),
        (IPAddress.Parse("192.168.0.0"), 16),
        (IPAddress.Parse("198.18.0.0"), 15),
        (IPAddress.Parse("198.51.100.0"), 24),
        (IPAddress.Parse("203.0.113.0"), 24),
        (IPAddress.Parse("224.0.0.0"), 4),
        (IPAddress.Parse("240.0.0.0"), 4),
    ];

    private static readonly (IPAddress Network, int Prefix)[] ForbiddenV6 =
    [
        (IPAddress.Parse("::"), 8),
        (IPAddress.Parse("100::"), 64),
        (IPAddress.Parse("2001::"), 32),
        (IPAddress.Parse("2001:db8::"), 32),
        (IPAddress.Parse("fc00::"), 7),
        (IPAddress.Parse("fe80::"), 10),
        (IPAddress.Parse("fec0::"), 10),
        (IPAddress.Parse("ff00::"), 8),
    ];

    private static readonly IPAddress Nat64 = IPAddress.Parse("64:ff9b::"), Nat64Local = IPAddress.Parse("64:ff9b:1::"), SixToFour = IPAddress.Parse("2002::");

    /// <param name="allowLoopback">Only for tests that run their own receiver (GovCms:Workflows:AllowLoopbackWebHooks).</param>
    public static bool IsForbidden(IPAddress address, bool allowLoopback)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address))
        {
            return !allowLoopback;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return ForbiddenV4.Any(range => InRange(address, range.Network, range.Prefix));
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return true;
        }

        // IPv4 carried inside IPv6 reaches the IPv4 address: NAT64 (64:ff9b::/96, 64:ff9b:1::/48) and 6to4 (2002::/16).
        var bytes = address.GetAddressBytes();
        if (InRange(address, Nat64, 96) || InRange(address, Nat64Local, 48))
        {
            return IsForbidden(new IPAddress(bytes[12..16]), allowLoopback);
        }

        if (InRange(address, SixToFour, 16))
        {
            return IsForbidden(new IPAddress(bytes[2..6]), allowLoopback);
        }

        return ForbiddenV6.Any(range => InRange(address, range.Network, range.Prefix));
    }

    private static bool InRange(IPAddress address, IPAddress network, int prefix)
    {
        if (address.AddressFamily != network.AddressFamily)
        {
            return false;
        }

        var a = address.GetAddressBytes();
        var n = network.GetAddressBytes();
        for (var bit = 0; bit < prefix; bit++)
        {
            var mask = (byte)(0x80 >> (bit % 8));
            if ((a[bit / 8] & mask) != (n[bit / 8] & mask))
            {
                return false;
            }
        }

        return true;
    }
}

using System.Net;
using System.Net.Sockets;

namespace GovCms.Workflows.Activities;

/// <summary>Why a web hook was not called: its name led to an address it must never reach.</summary>
public sealed class WebHookAddressRefusedException(string message) : Exception(message);

/// <summary>
/// How web hooks reach their receiver: the name is resolved once, every address is checked
/// (<see cref="WebHookAddresses"/>) and the connection goes only to a checked address, so a name that
/// resolves differently the second time (DNS rebinding) cannot slip through. Redirects are not followed,
/// and no proxy is used.
/// </summary>
public static class WebHookConnections
{
    public static SocketsHttpHandler CreateHandler(WorkflowOptions options) => new()
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        ConnectCallback = (context, cancellationToken) => ConnectAsync(context.DnsEndPoint, options.AllowLoopbackWebHooks, cancellationToken),
    };

    private static async ValueTask<Stream> ConnectAsync(DnsEndPoint endPoint, bool allowLoopback, CancellationToken cancellationToken)
    {
        var host = endPoint.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var allowed = addresses.Where(a => !WebHookAddresses.IsForbidden(a, allowLoopback)).ToArray();
        if (allowed.Length == 0)
        {
            throw new WebHookAddressRefusedException(
                $"\"{endPoint.Host}\" trỏ tới địa chỉ nội bộ hoặc dành riêng ({string.Join(", ", addresses.Select(a => a.ToString()))}); hệ thống không gọi những địa chỉ này.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, endPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}

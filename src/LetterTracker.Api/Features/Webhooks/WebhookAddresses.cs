using System.Net;
using System.Net.Sockets;

namespace LetterTracker.Api.Features.Webhooks;

/// <summary>
/// Where webhooks may go: http(s) only, and, unless Webhooks:AllowPrivateAddresses is set, only public
/// addresses. A URL is checked when it is subscribed (its form, a literal address, localhost) and every
/// address a name resolves to is checked again when a delivery connects, so a name that later resolves
/// inside the network (DNS rebinding) is refused too.
/// </summary>
public static class WebhookAddresses
{
    /// <summary>Why the URL cannot be subscribed; null when it can.</summary>
    public static string? Refusal(string url, bool allowPrivate)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return "'url' must be an absolute http or https URL.";
        }

        if (uri.UserInfo.Length > 0)
        {
            return "'url' must not carry a user name or password; the signature authenticates deliveries.";
        }

        if (allowPrivate)
        {
            return null;
        }

        var host = uri.IdnHost;
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var address) && !IsPublic(address)))
        {
            return $"'url' points at a loopback or private address ({host}), which webhooks may not call unless Webhooks:AllowPrivateAddresses is set.";
        }

        return null;
    }

    /// <summary>
    /// Connects to the first public address the host resolves to (any address when private ones are allowed);
    /// refuses the connection when there is none. The SocketsHttpHandler's ConnectCallback.
    /// </summary>
    public static async ValueTask<Stream> ConnectAsync(DnsEndPoint endpoint, bool allowPrivate, CancellationToken cancellationToken)
    {
        var addresses = IPAddress.TryParse(endpoint.Host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(endpoint.Host, cancellationToken);
        var allowed = addresses.Where(a => allowPrivate || IsPublic(a)).ToList();
        if (allowed.Count == 0)
        {
            throw new HttpRequestException(
                $"{endpoint.Host} resolves to no public address ({string.Join(", ", addresses.Select(a => a.ToString()))}); webhooks may not call into private networks.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed.ToArray(), endpoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>False for loopback, private (RFC 1918, unique local), link-local, carrier-grade NAT, unspecified, multicast and reserved addresses.</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return false;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var first = address.GetAddressBytes()[0];
            return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || (first & 0xFE) == 0xFC);
        }

        var b = address.GetAddressBytes();
        return !(b[0] == 10 || b[0] == 0 || b[0] >= 224
            || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 169 && b[1] == 254)
            || (b[0] == 100 && b[1] >= 64 && b[1] <= 127));
    }
}

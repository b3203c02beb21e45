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
    /// <summary>
    /// The URL's scheme, host and port, without its path and query, which for chat services' webhooks hold the
    /// credential: what the audit trail (read by editors) and the logs show of a subscription's URL.
    /// </summary>
    public static string Origin(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : "(not a URL)";

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
            // The addresses themselves are not named: the log is no map of the network inside.
            throw new HttpRequestException($"{endpoint.Host} resolves to no public address; webhooks may not call into private networks.");
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

    /// <summary>
    /// False for loopback, private (RFC 1918, unique local), link-local, carrier-grade NAT, benchmarking,
    /// unspecified, multicast and reserved addresses, and for IPv6 addresses that carry an IPv4 one (mapped,
    /// compatible, NAT64, 6to4) unless that one is public.
    /// </summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            if (EmbeddedIPv4(address) is { } embedded)
            {
                return IsPublic(embedded);
            }

            var first = address.GetAddressBytes()[0];
            return !(IPAddress.IsLoopback(address) || address.Equals(IPAddress.IPv6Any)
                || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || (first & 0xFE) == 0xFC);
        }

        var b = address.GetAddressBytes();
        return !(b[0] is 0 or 10 or 127 || b[0] >= 224
            || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 192 && b[1] == 0 && b[2] == 0)
            || (b[0] == 198 && b[1] is 18 or 19)
            || (b[0] == 169 && b[1] == 254)
            || (b[0] == 100 && b[1] >= 64 && b[1] <= 127));
    }

    /// <summary>The IPv4 address an IPv6 one stands for: ::ffff:a.b.c.d, ::a.b.c.d, 64:ff9b::a.b.c.d (NAT64), 2002:AABB:CCDD:: (6to4).</summary>
    private static IPAddress? EmbeddedIPv4(IPAddress address)
    {
        var b = address.GetAddressBytes();
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }

        if (b[..12].All(x => x == 0) && !(b[12] == 0 && b[13] == 0 && b[14] == 0 && b[15] <= 1))
        {
            return new IPAddress(b[12..]); // IPv4-compatible (deprecated), not :: or ::1
        }

        if ((b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B) && (b[4..12].All(x => x == 0) || (b[4] == 0 && b[5] == 1)))
        {
            return new IPAddress(b[12..]); // NAT64: 64:ff9b::/96 and the local-use 64:ff9b:1::/48
        }

        if (b[0] == 0x20 && b[1] == 0x02)
        {
            return new IPAddress(b[2..6]); // 6to4
        }

        return null;
    }
}

using System.Security.Cryptography;
using System.Text;

namespace LetterTracker.Api.Features.Webhooks;

/// <summary>
/// Standard Webhooks signing: the secret is "whsec_" and the base64 of its key; each delivery carries
/// webhook-id, webhook-timestamp (Unix seconds) and webhook-signature, "v1," and the base64 HMAC-SHA256
/// of "{id}.{timestamp}.{body}" under the key.
/// </summary>
public static class WebhookSigning
{
    public const string SecretPrefix = "whsec_";

    /// <summary>A new secret: 32 random bytes.</summary>
    public static string NewSecret() => SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static string Signature(string secret, string id, long timestamp, string body)
    {
        var key = Convert.FromBase64String(secret[SecretPrefix.Length..]);
        var signed = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}"));
        return "v1," + Convert.ToBase64String(signed);
    }
}

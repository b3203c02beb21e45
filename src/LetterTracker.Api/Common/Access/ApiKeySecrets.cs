using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace LetterTracker.Api.Common.Access;

/// <summary>What an API key's secret looks like, how it is made and how it is stored (hashed, never as sent).</summary>
public static class ApiKeySecrets
{
    public const string Header = "X-Api-Key";

    /// <summary>Longest secret accepted in the header; a generated one has <see cref="GeneratedLength"/> characters.</summary>
    public const int MaxLength = 256;

    /// <summary>"lt_" and 43 characters of base64url.</summary>
    public const int GeneratedLength = 46;

    /// <summary>How many characters of a secret lists show, at most.</summary>
    public const int PrefixLength = 10;

    /// <summary>Shortest secret accepted as Auth:BootstrapAdminKey, where a person chooses it.</summary>
    public const int MinChosenLength = 16;

    /// <summary>
    /// "lt_" and 32 random bytes in base64url: 256 bits from the system's CSPRNG. The prefix lets
    /// secret scanners and people recognise a LetterTracker key in a file or a paste.
    /// </summary>
    public static string Generate() => "lt_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>SHA-256 of the UTF-8 secret, lowercase hex: the only form stored. A fast hash is enough for 256 random bits.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>The characters a list shows to tell keys apart: at most 10, and at most a quarter of the secret.</summary>
    public static string PrefixOf(string secret) => secret[..Math.Min(PrefixLength, secret.Length / 4)];

    /// <summary>One header value of 1 to 256 visible ASCII characters; anything else is a client's mistake worth naming.</summary>
    public static bool IsWellFormed(string? secret) =>
        secret is { Length: > 0 and <= MaxLength } && secret.All(c => c is > ' ' and < '\x7f');
}

using LetterTracker.Data.Model;

namespace LetterTracker.Api.Features.ApiKeys;

/// <summary>
/// How the audit trail records an API key, wherever the key is made or changed (the API, the create-key
/// command, the bootstrap key at start-up): what identifies it and its state, never its secret or hash.
/// </summary>
public static class ApiKeyAudit
{
    /// <summary>The keys' name in the audit trail, as in their path.</summary>
    public const string Resource = "api-keys";

    /// <summary>The key's entry shape: name, role, secret prefix, revokedAt.</summary>
    public static object Of(ApiKey key) => new AuditedKey(key.Name, key.Role, key.SecretPrefix, key.RevokedAt);

    private sealed record AuditedKey(string Name, ApiKeyRole Role, string SecretPrefix, DateTimeOffset? RevokedAt);
}

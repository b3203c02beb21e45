namespace LetterTracker.Data.Model;

/// <summary>A client's key to the API (sent as X-Api-Key), with the role it grants.</summary>
public sealed class ApiKey : Entity
{
    /// <summary>Who or what holds it ("Berlin office laptop"), shown in the audit trail.</summary>
    public required string Name { get; set; }

    public ApiKeyRole Role { get; set; }

    /// <summary>SHA-256 of the secret, lowercase hex. The secret itself is shown once, when the key is created, and never stored.</summary>
    public required string SecretHash { get; set; }

    /// <summary>The secret's first characters, so a holder can tell keys apart in a list without the secret being readable there.</summary>
    public required string SecretPrefix { get; set; }

    /// <summary>When the key was revoked; a revoked key opens nothing from that moment on.</summary>
    public DateTimeOffset? RevokedAt { get; set; }
}

/// <summary>What a key may do: read; read and write records; and manage keys, read the audit trail and restore.</summary>
public enum ApiKeyRole
{
    Reader,
    Editor,
    Admin,
}

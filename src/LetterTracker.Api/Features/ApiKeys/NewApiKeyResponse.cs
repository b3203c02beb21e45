using System.ComponentModel.DataAnnotations;
using LetterTracker.Api.Common;
using LetterTracker.Api.Common.Access;
using LetterTracker.Data;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Features.ApiKeys;

/// <summary>A key just created, with its secret: the only time the secret is shown. Store it now.</summary>
/// <param name="Id">UUIDv7.</param>
/// <param name="Name">Who or what holds the key.</param>
/// <param name="Role">reader, editor or admin.</param>
/// <param name="Secret">Send it as the X-Api-Key header. Only its SHA-256 is stored: it cannot be shown again.</param>
/// <param name="SecretPrefix">The secret's first characters, as lists show them.</param>
/// <param name="RevokedAt">Null: the key works.</param>
/// <param name="CreatedAt">When the key was created.</param>
/// <param name="UpdatedAt">Same as createdAt.</param>
/// <param name="Version">Concurrency version; also the ETag.</param>
public sealed record NewApiKeyResponse(
    Guid Id,
    [property: MaxLength(Limits.Name)] string Name,
    ApiKeyRole Role,
    [property: MaxLength(ApiKeySecrets.GeneratedLength)] string Secret,
    [property: MaxLength(ApiKeySecrets.PrefixLength)] string SecretPrefix,
    DateTimeOffset? RevokedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version) : IResource
{
    /// <summary>Shown in Swagger (an example secret, not a key of any server).</summary>
    public static NewApiKeyResponse Example { get; } = new(
        Examples.ApiKey, "Berlin office laptop", ApiKeyRole.Editor, "lt_q3Vd8KxW0bN1tYfP5sLcA9eRjH2uZmG7oQ4iT6yXk8E", "lt_q3Vd8Kx",
        null, Examples.Created, Examples.Created, 1);

    /// <summary>The key as stored, and the secret it was made from.</summary>
    public static NewApiKeyResponse From(ApiKeyResponse key, string secret) => new(
        key.Id, key.Name, key.Role, secret, key.SecretPrefix, key.RevokedAt, key.CreatedAt, key.UpdatedAt, key.Version);
}

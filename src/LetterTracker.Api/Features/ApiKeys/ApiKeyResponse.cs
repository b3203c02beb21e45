using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using LetterTracker.Api.Common;
using LetterTracker.Api.Common.Access;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Features.ApiKeys;

/// <summary>An API key as lists and reads show it: never its secret, nor the secret's hash.</summary>
/// <param name="Id">UUIDv7.</param>
/// <param name="Name">Who or what holds the key.</param>
/// <param name="Role">reader, editor or admin.</param>
/// <param name="SecretPrefix">The secret's first characters, to tell keys apart.</param>
/// <param name="RevokedAt">When the key was revoked; null while it works.</param>
/// <param name="CreatedAt">When the key was created.</param>
/// <param name="UpdatedAt">When the record last changed (its revocation).</param>
/// <param name="Version">Concurrency version; also the ETag.</param>
public sealed record ApiKeyResponse(
    Guid Id,
    string Name,
    ApiKeyRole Role,
    [property: MaxLength(ApiKeySecrets.PrefixLength)] string SecretPrefix,
    DateTimeOffset? RevokedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version) : IResource
{
    /// <summary>Shown in Swagger.</summary>
    public static ApiKeyResponse Example { get; } = new(
        Examples.ApiKey, "Berlin office laptop", ApiKeyRole.Editor, "lt_q3Vd8Kx", null, Examples.Created, Examples.Created, 1);

    public static readonly Expression<Func<ApiKey, ApiKeyResponse>> Projection = k => new ApiKeyResponse(
        k.Id, k.Name, k.Role, k.SecretPrefix, k.RevokedAt, k.CreatedAt, k.UpdatedAt, k.Version);
}

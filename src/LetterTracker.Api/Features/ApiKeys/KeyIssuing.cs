using LetterTracker.Api.Common.Access;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Features.ApiKeys;

/// <summary>The one way a key record is made, by the API, the create-key command and the bootstrap key alike: from its secret's hash, never the secret.</summary>
public static class KeyIssuing
{
    public static ApiKey NewKey(string name, ApiKeyRole role, string secret) => new()
    {
        Name = name,
        Role = role,
        SecretHash = ApiKeySecrets.Hash(secret),
        SecretPrefix = ApiKeySecrets.PrefixOf(secret),
    };
}

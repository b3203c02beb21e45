using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using LetterTracker.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace LetterTracker.Api.Common.Access;

/// <summary>
/// Authenticates the X-Api-Key header: the secret's SHA-256 is looked up by the unique SecretHash
/// index on every request (one indexed read, so a revoke takes effect on the very next request on
/// every instance), the hashes compared in constant time. The context is the request's own, so on
/// SQLite the lookup runs on the connection the endpoint then uses (see RequestConnection), not on one
/// of its own. No header: anonymous (the policies decide).
/// A header that names no usable key fails, with the reason the 401 problem gives.
/// </summary>
public sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, LetterTrackerDbContext db)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        // A key is looked up only where an access rule will ask about it: the health probes answer
        // without the key table, whatever header they carry.
        if (Context.GetEndpoint()?.Metadata.GetMetadata<IAuthorizeData>() is null
            || !Request.Headers.TryGetValue(ApiKeySecrets.Header, out var values))
        {
            return AuthenticateResult.NoResult();
        }

        if (values.Count != 1 || !ApiKeySecrets.IsWellFormed(values[0]))
        {
            return AuthenticateResult.Fail(
                $"is malformed: send one {ApiKeySecrets.Header} header of 1 to {ApiKeySecrets.MaxLength} visible ASCII characters, the secret as it was given");
        }

        var hash = ApiKeySecrets.Hash(values[0]!);
        var key = await ApiKeyLookup.FindAsync(db, hash, Context.RequestAborted);
        // The lookup found the row by the hash; comparing it again in constant time keeps the check
        // itself from timing out how much of a guess was right, whatever the database does.
        if (key is null || !CryptographicOperations.FixedTimeEquals(Convert.FromHexString(hash), Convert.FromHexString(key.SecretHash)))
        {
            return AuthenticateResult.Fail("is not a key of this API");
        }

        if (key.RevokedAt is { } revokedAt)
        {
            return AuthenticateResult.Fail($"was revoked at {revokedAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)}");
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, key.Id.ToString()),
                new Claim(ClaimTypes.Name, key.Name),
                new Claim(ClaimTypes.Role, AccessPolicies.NameOf(key.Role)),
            ],
            SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    /// <summary>401 with the scheme to use; the problem body is written by <see cref="AccessProblems"/>, which knows the rule that failed.</summary>
    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = SchemeName;
        return Task.CompletedTask;
    }
}

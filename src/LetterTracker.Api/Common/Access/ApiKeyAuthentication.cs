using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using LetterTracker.Data;
using LetterTracker.Data.Model;
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
        var endpoint = Context.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<IAuthorizeData>() is null)
        {
            return AuthenticateResult.NoResult();
        }

        // A calendar app cannot send a header: where the endpoint allows it, the key comes as ?token=.
        var token = TokenOf(Context);
        var inQuery = false;
        if (!Request.Headers.TryGetValue(ApiKeySecrets.Header, out var values))
        {
            if (token is null)
            {
                return AuthenticateResult.NoResult();
            }

            (values, inQuery) = (token.Value, true);
        }
        else if (token is not null)
        {
            return AuthenticateResult.Fail("and a token were both sent: send the key one way, the header or (a reader key) as token");
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

        if (inQuery && key.Role != ApiKeyRole.Reader)
        {
            return AuthenticateResult.Fail(
                $"(as token) is a key with the role {AccessPolicies.NameOf(key.Role)}: a key sent in a URL must be a reader key, as URLs end up in logs, histories and calendar settings");
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

    /// <summary>Whether the request carries a key, valid or not: a refused key is never taken for no key.</summary>
    public static bool KeySent(HttpContext http) => http.Request.Headers.ContainsKey(ApiKeySecrets.Header) || TokenOf(http) is not null;

    /// <summary>The key sent as a query parameter, where the endpoint takes one (<see cref="KeyInQuery"/>).</summary>
    private static Microsoft.Extensions.Primitives.StringValues? TokenOf(HttpContext http) =>
        http.GetEndpoint()?.Metadata.GetMetadata<KeyInQuery>() is { } query && http.Request.Query.TryGetValue(query.Parameter, out var token)
            ? token
            : (Microsoft.Extensions.Primitives.StringValues?)null;

    /// <summary>401 with the scheme to use; the problem body is written by <see cref="AccessProblems"/>, which knows the rule that failed.</summary>
    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = SchemeName;
        return Task.CompletedTask;
    }
}

/// <summary>Lets an endpoint take the API key as a query parameter (reader keys only), for clients that cannot send headers.</summary>
public sealed record KeyInQuery(string Parameter);

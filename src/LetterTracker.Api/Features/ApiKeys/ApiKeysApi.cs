using LetterTracker.Api.Common;
using LetterTracker.Api.Common.Access;
using LetterTracker.Api.Common.Idempotency;
using LetterTracker.Api.Common.Paging;
using LetterTracker.Api.Common.Writes;
using LetterTracker.Api.Features.Audit;
using LetterTracker.Data;
using LetterTracker.Data.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LetterTracker.Api.Features.ApiKeys;

public static class ApiKeysApi
{
    private const string Noun = "API key";

    public static void MapApiKeys(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/api-keys").WithTags("API keys").RequireAuthorization(AccessPolicies.Admin);
        group.MapGet("/", ListApiKeys).NamedAfter(ListApiKeys).ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{id}", GetApiKey).NamedAfter(GetApiKey).ProducesReadProblems();
        group.MapPost("/", CreateApiKey).NamedAfter(CreateApiKey)
            .WithMetadata(new NoIdempotencyKey(
                "Not accepted here: the answer holds the key's secret, which is stored nowhere, so it cannot be replayed. " +
                "If an answer is lost, revoke the key it created (GET /api/api-keys lists it) and create another."))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapDelete("/{id}", RevokeApiKey).NamedAfter(RevokeApiKey)
            .ProducesDeleteProblems();
    }

    /// <summary>List API keys</summary>
    /// <remarks>Every key, revoked ones included (revokedAt set), oldest first; never a secret or its hash. Paged with limit and cursor. Needs an admin key.</remarks>
    public static async Task<Ok<Page<ApiKeyResponse>>> ListApiKeys(
        [AsParameters] PageQuery page, LetterTrackerDbContext db, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.ApiKeys.ToPageAsync(ApiKeyResponse.Projection, page, http, cancellationToken));

    /// <summary>Get an API key</summary>
    /// <remarks>Its name, role, secret prefix and whether it was revoked; never the secret. The ETag header carries the record's version. Needs an admin key.</remarks>
    /// <param name="id">The key's id (a UUID).</param>
    public static Task<Ok<ApiKeyResponse>> GetApiKey(
        Guid id, LetterTrackerDbContext db, HttpResponse response, CancellationToken cancellationToken) =>
        db.ApiKeys.ReadOneAsync(id, ApiKeyResponse.Projection, Noun, response, cancellationToken);

    /// <summary>Create an API key</summary>
    /// <remarks>
    /// Answers 201 with the key and its secret: send the secret as the X-Api-Key header. It is shown
    /// this once (the response is not cached): only its SHA-256 is stored, so a lost secret means a new
    /// key. For the same reason an Idempotency-Key is refused here (400): a replay would need the secret
    /// stored. Recorded in the audit trail (resource api-keys), without the secret. Needs an admin key.
    /// </remarks>
    public static async Task<Created<NewApiKeyResponse>> CreateApiKey(
        WriteBody<ApiKeyRequest> body, LetterTrackerDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var key = await BodyReader.ReadNewAsync<ApiKeyRequest, NewApiKeyResponse>(body.Fields, http, cancellationToken);
        var secret = ApiKeySecrets.Generate();
        var created = KeyIssuing.NewKey(key.Name, key.Role!.Value, secret);
        db.ApiKeys.Add(created);
        AuditTrail.Record(db, http, ApiKeyAudit.Resource, created.Id, AuditAction.Create, before: null, after: ApiKeyAudit.Of(created));
        await Writes.Save(db, Noun, created, cancellationToken);
        var stored = await db.ApiKeys.ReadAsync(created.Id, ApiKeyResponse.Projection, Noun, http.Response, cancellationToken);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Created($"/api/api-keys/{created.Id}", NewApiKeyResponse.From(stored, secret));
    }

    /// <summary>Revoke an API key</summary>
    /// <remarks>
    /// The key stops working at once, on every instance; its record stays (revokedAt set), and the audit
    /// trail records who revoked it. A revoked key cannot be restored. Requires If-Match with the ETag last read. Revoking a
    /// key already revoked changes nothing and answers 204 again, whatever its ETag. Refused with 409 when
    /// it is the last admin key still working, so the API always has someone who can manage keys: create
    /// another admin key first. Needs an admin key.
    /// </remarks>
    /// <param name="id">The key's id (a UUID).</param>
    public static async Task<NoContent> RevokeApiKey(
        Guid id, LetterTrackerDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var tags = IfMatch.RequiredTags(http.Request);
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id, cancellationToken)
            ?? throw ProblemException.NotFound(Noun, id);
        if (key.RevokedAt is not null)
        {
            return TypedResults.NoContent();
        }

        IfMatch.Match(key, tags, Noun);
        if (key.Role == ApiKeyRole.Admin
            && !await db.ApiKeys.AnyAsync(k => k.Id != id && k.Role == ApiKeyRole.Admin && k.RevokedAt == null, cancellationToken))
        {
            throw ProblemException.Conflict(
                $"The API key {id} is the last admin key that works; revoking it would leave no one able to manage keys. " +
                "Create another admin key first (POST /api/api-keys, or the create-key command), then revoke this one.");
        }

        var before = ApiKeyAudit.Of(key);
        key.RevokedAt = clock.GetUtcNow();
        AuditTrail.Record(db, http, ApiKeyAudit.Resource, key.Id, AuditAction.Update, before, ApiKeyAudit.Of(key));
        await Writes.Save(db, Noun, key, cancellationToken);
        return TypedResults.NoContent();
    }
}

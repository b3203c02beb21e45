using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LetterTracker.Api.Common.Writes;
using LetterTracker.Data;
using LetterTracker.Data.Model;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace LetterTracker.Api.Common.Idempotency;

/// <summary>
/// Idempotency-Key on every POST under /api: a retry of a request with the same key gets the first answer
/// again (status, Location, ETag, Content-Type and body, byte for byte, marked Idempotency-Replayed: true)
/// instead of writing twice; the same key with another request (method, path and query, or body) is a 422.
/// </summary>
/// <remarks>
/// It sits outside the write gate on purpose. It first claims the key in this process, so a duplicate
/// sent while the first request waits for its turn or runs is a 409 at once rather than a wait and a
/// replay. Then it takes the request's turn at the <see cref="WriteGate"/> (the gate filter, next in
/// line, finds it held) and opens a transaction inside it: opened earlier, a SQLite transaction would
/// hold the database's write lock while queued. It drops expired keys, then, in that transaction, looks
/// this one up, runs the endpoint (its SaveChanges joins the transaction) and stores the answer: the write
/// and its key commit together or not at all. Across instances the primary key (Scope, Key) settles
/// it: the second insert fails, that request's write rolls back with it, and it is a 409.
/// Only 2xx answers are stored. A refusal (4xx, thrown before anything is saved) or a failure (5xx)
/// changed nothing, so it does not use the key up: the client may correct the request and send it
/// again with the same key. An answer that must not be stored (an API key's secret) comes from an
/// endpoint marked <see cref="NoIdempotencyKey"/>, which refuses the header instead.
/// </remarks>
public sealed class IdempotencyFilter(
    WriteGate gate, IdempotencyKeysInFlight inFlight, LetterTrackerDbContext db, TimeProvider clock, IOptions<IdempotencySettings> settings)
    : IEndpointFilter
{
    public const string KeyHeader = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotency-Replayed";

    /// <summary>The headers a replay repeats: those that describe the answer (others, such as Date, are the server's).</summary>
    private static readonly string[] StoredHeaders = [HeaderNames.Location, HeaderNames.ETag, HeaderNames.ContentType];

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method) || !http.Request.Headers.TryGetValue(KeyHeader, out var sent))
        {
            return await next(context);
        }

        if (http.GetEndpoint()?.Metadata.GetMetadata<NoIdempotencyKey>() is { } refused)
        {
            throw ProblemException.Invalid(KeyHeader, refused.Reason);
        }

        var key = Validated(sent);
        var scope = ScopeOf(http.User, http.Connection);
        var requestHash = await HashAsync(http.Request, http.RequestAborted);
        if (!inFlight.TryClaim(scope, key))
        {
            throw StillInFlight(key);
        }

        try
        {
            using var turn = await gate.EnterAsync(http);
            // The unit runs through the execution strategy (PostgreSQL retries transient failures), and
            // is safe to replay whole: a failure before COMMIT saved nothing, and after a COMMIT whose
            // outcome was lost the replay finds this key's record if it was saved, and replays its answer
            // instead of writing again.
            return await db.Database.CreateExecutionStrategy().ExecuteAsync(
                cancellationToken => AnswerOnceAsync(context, next, scope, key, requestHash, cancellationToken), http.RequestAborted);
        }
        finally
        {
            inFlight.Release(scope, key);
        }
    }

    /// <summary>One attempt: in one transaction, look the key up, then replay its answer or run the endpoint and store its answer.</summary>
    private async Task<object?> AnswerOnceAsync(
        EndpointFilterInvocationContext context, EndpointFilterDelegate next, string scope, string key, string requestHash, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        db.ChangeTracker.Clear(); // what a failed attempt tracked is not this attempt's
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // An expired key counts as new.
        var first = await db.IdempotencyRecords.AsNoTracking()
            .FirstOrDefaultAsync(r => r.Scope == scope && r.Key == key && r.ExpiresAt > now, cancellationToken);
        Answer answer;
        if (first is null)
        {
            answer = await CaptureAsync(await next(context), http);
            if (answer.Status is >= 200 and < 300)
            {
                // Expired keys go with a write that succeeded (an index range), this one's own
                // included, so a refused request changes nothing at all.
                await db.IdempotencyRecords.Where(r => r.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
                await StoreAsync(new IdempotencyRecord
                {
                    Scope = scope,
                    Key = key,
                    RequestHash = requestHash,
                    StatusCode = answer.Status,
                    ResponseHeaders = JsonSerializer.Serialize(answer.Headers),
                    ResponseBody = answer.Body,
                    CreatedAt = now,
                    ExpiresAt = now.AddHours(settings.Value.KeyLifetimeHours),
                }, http);
            }
        }
        else if (first.RequestHash != requestHash)
        {
            throw new ProblemException(
                StatusCodes.Status422UnprocessableEntity,
                "The Idempotency-Key was used for another request.",
                $"Idempotency-Key '{key}' was first sent with another method, path, query or body. A retry repeats its request exactly; a new request needs a new key.");
        }
        else
        {
            answer = new Answer(first.StatusCode, JsonSerializer.Deserialize<Dictionary<string, string>>(first.ResponseHeaders)!, first.ResponseBody, Replayed: true);
        }

        await transaction.CommitAsync(cancellationToken);
        return answer;
    }

    /// <summary>One value of printable ASCII, as the IETF Idempotency-Key draft and the column allow; else a 400 keyed by the header.</summary>
    private static string Validated(StringValues sent)
    {
        var key = sent.Count == 1 ? sent[0] : null;
        if (key is null || key.Length is 0 or > Limits.IdempotencyKey || key.Any(c => c is < ' ' or > '~'))
        {
            throw ProblemException.Invalid(
                KeyHeader, $"Send one value of 1 to {Limits.IdempotencyKey} printable ASCII characters (a new UUID, say), the same on every retry of one request.");
        }

        return key;
    }

    /// <summary>Whose key it is: the API key's id, else the client address; two callers' keys never collide.</summary>
    private static string ScopeOf(ClaimsPrincipal user, ConnectionInfo connection) =>
        user.Identity?.IsAuthenticated == true && user.FindFirstValue(ClaimTypes.NameIdentifier) is { } apiKeyId
            ? $"key:{apiKeyId}"
            : $"address:{connection.RemoteIpAddress}";

    /// <summary>SHA-256 of the method, path, query and body bytes as sent (the body was buffered for this, see <see cref="IdempotencySetup"/>).</summary>
    private static async Task<string> HashAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{request.Method} {request.PathBase}{request.Path}{request.QueryString}\n"));
        request.Body.Position = 0;
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            hash.AppendData(buffer, 0, read);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Writes the endpoint's result into memory, not to the client, so it is sent only once it is stored and committed.</summary>
    private static async Task<Answer> CaptureAsync(object? result, HttpContext http)
    {
        var client = http.Features.Get<IHttpResponseBodyFeature>()!;
        using var buffer = new MemoryStream();
        var captured = new StreamResponseBodyFeature(buffer);
        http.Features.Set<IHttpResponseBodyFeature>(captured);
        try
        {
            await (result as IResult ?? TypedResults.Ok(result)).ExecuteAsync(http);
            await captured.CompleteAsync();
        }
        finally
        {
            http.Features.Set(client);
        }

        var headers = StoredHeaders.Where(name => http.Response.Headers.ContainsKey(name))
            .ToDictionary(name => name, name => http.Response.Headers[name].ToString());
        return new Answer(http.Response.StatusCode, headers, Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>Stores the answer in the write's transaction; an instance that stored the same key first makes this a 409.</summary>
    private async Task StoreAsync(IdempotencyRecord record, HttpContext http)
    {
        db.IdempotencyRecords.Add(record);
        try
        {
            await db.SaveChangesAsync(http.RequestAborted);
        }
        catch (DbUpdateException failure) when (Writes.Writes.IsConstraintViolation(failure))
        {
            // The transaction rolls back with the write; the answer prepared for it is not sent.
            db.ChangeTracker.Clear();
            foreach (var name in StoredHeaders)
            {
                http.Response.Headers.Remove(name);
            }

            throw StillInFlight(record.Key);
        }
    }

    private static ProblemException StillInFlight(string key) => new(
        StatusCodes.Status409Conflict,
        "A request with this Idempotency-Key is being answered.",
        $"Another request with Idempotency-Key '{key}' has not been answered yet. Wait for it; sent again then, this request gets its answer.");

    /// <summary>An answer as sent: first by the endpoint, or replayed from its record.</summary>
    private sealed record Answer(int Status, Dictionary<string, string> Headers, string Body, bool Replayed = false) : IResult
    {
        public async Task ExecuteAsync(HttpContext http)
        {
            http.Response.StatusCode = Status;
            foreach (var (name, value) in Headers)
            {
                http.Response.Headers[name] = value;
            }

            if (Replayed)
            {
                http.Response.Headers[ReplayedHeader] = "true";
            }

            await http.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(Body), http.RequestAborted);
        }
    }
}

/// <summary>The keys whose first request this process is still answering (a singleton).</summary>
public sealed class IdempotencyKeysInFlight
{
    private readonly ConcurrentDictionary<(string Scope, string Key), byte> keys = new();

    public bool TryClaim(string scope, string key) => keys.TryAdd((scope, key), 0);

    public void Release(string scope, string key) => keys.TryRemove((scope, key), out _);
}

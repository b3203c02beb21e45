using System.Text.Json.Nodes;
using LetterTracker.Api.Common;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace LetterTracker.Api.Hosting.OpenApi;

/// <summary>
/// Gives every error response of every operation the one problem schema the API answers with
/// (<see cref="Problem"/>, application/problem+json) and an example of that status as the API writes
/// it; adds the refusals any operation may meet (400 for a bad or unknown query parameter, 414 for a
/// query string over the limit). Runs after the filters that add responses.
/// </summary>
public sealed class ProblemResponsesFilter : IOperationFilter
{
    private const string TraceId = "0af7651916cd43dd8448eb211c80319c";

    private static readonly Dictionary<string, (string Description, JsonObject Example)> Refusals = new()
    {
        ["400"] = ("A malformed id, query parameter or body; errors says what is wrong with each field.", Example(
            400, "The request is not valid.", "Fix the fields listed in errors: limit: Must be between 1 and 200.",
            new JsonObject { ["errors"] = new JsonObject { ["limit"] = new JsonArray("Must be between 1 and 200.") } })),
        ["401"] = ("No API key where one is needed, or a key that is malformed, unknown or revoked.", Example(
            401, "An API key is required.", "POST /api/incidents needs an API key with the role editor or admin, sent in the X-Api-Key header.",
            new JsonObject { ["requiredRole"] = "editor" })),
        ["403"] = ("The API key's role is not enough.", Example(
            403, "The API key's role does not allow this.", "POST /api/incidents needs an API key with the role editor or admin, sent in the X-Api-Key header. The key 'Reporting' has the role reader.",
            new JsonObject { ["requiredRole"] = "editor" })),
        ["404"] = ("There is no record with this id.", Example(
            404, "Not found.", $"There is no letter with id {Examples.Letter}.")),
        ["409"] = ("The request conflicts with the current state of the records (a record still referenced, another with the same name, a move the lifecycle forbids); detail says how.", Example(
            409, "The request conflicts with the current state.", $"The incident {Examples.Incident} is still referenced by 1 letter (Protest letters after the mine explosions in Aghdam and Jabrayil). Remove or change those first; nothing is deleted along with it.",
            new JsonObject { ["references"] = new JsonArray(new JsonObject { ["type"] = "letter", ["id"] = Examples.Letter.ToString(), ["label"] = "Protest letters after the mine explosions in Aghdam and Jabrayil" }) })),
        ["422"] = ("The Idempotency-Key was first used with another request (method, path, query or body).", Example(
            422, "The Idempotency-Key was used for another request.", "Idempotency-Key 'a1b2c3' was first sent with another method, path, query or body. A retry repeats its request exactly; a new request needs a new key.")),
        ["412"] = ("If-Match does not name the record's current version; currentETag (and the ETag header) does.", Example(
            412, "The record has changed.", $"The letter {Examples.Letter} was changed after the version named in If-Match; GET it again, reapply the change and send it with the new ETag.",
            new JsonObject { ["currentETag"] = "\"4\"" })),
        ["413"] = ("The body is larger than Limits:MaxRequestBodyBytes (8 MiB by default).", Example(
            413, "The request body is too large.", "A request body may have at most 8388608 bytes.")),
        ["414"] = ("The query string is longer than Limits:MaxQueryStringLength (4,096 characters by default).", Example(
            414, "The query string is too long.", "The query string has 5120 characters; at most 4096 are accepted. Shorten q or the filters.")),
        ["415"] = ("The body's Content-Type is not one this operation takes.", Example(
            415, "Unsupported media type.", "/api/incidents does not accept POST with the content type 'text/plain': send application/json.")),
        ["428"] = ("If-Match is missing (or *): changes name the version they were made against.", Example(
            428, "If-Match is required.", "Send If-Match with the ETag of the record as you last read it (GET it to learn it), so a change made meanwhile is not overwritten.")),
        ["429"] = ("Too many requests in the current window; retry after the seconds Retry-After gives.", Example(
            429, "Too many requests.", "This API key may send 600 requests every 60 seconds; try again in 12 seconds.")),
        ["500"] = ("An unexpected failure, logged; the problem carries only a traceId to quote.", Example(
            500, "An unexpected error occurred.", "The error has been logged; quote the traceId when reporting it.")),
        ["503"] = ("The database is unavailable (unreachable, restarting, out of connections, or locked by another writer past the busy timeout); nothing was changed, unless detail says the commit was lost. Send the same request again after the seconds Retry-After gives (a POST with the same Idempotency-Key).", Example(
            503, "The database is unavailable.", $"The database could not be reached or is restarting; nothing was changed. Send the same request again after {DatabaseUnavailable.RetryAfterSeconds} seconds (a POST with the same Idempotency-Key).")),
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Responses ??= [];
        foreach (var status in new[] { "400", "414" })
        {
            operation.Responses.TryAdd(status, new OpenApiResponse());
        }

        var problem = context.SchemaGenerator.GenerateSchema(typeof(Problem), context.SchemaRepository);
        foreach (var (status, response) in operation.Responses)
        {
            if (response is not OpenApiResponse concrete || !Refusals.TryGetValue(status, out var refusal))
            {
                continue;
            }

            // A filter's description says more than this table's; ASP.NET's metadata gives only the reason phrase.
            var phrase = ReasonPhrase(status);
            if (string.IsNullOrWhiteSpace(concrete.Description) || concrete.Description == phrase)
            {
                concrete.Description = refusal.Description;
            }
            else if (concrete.Description.StartsWith(phrase + ";", StringComparison.Ordinal))
            {
                concrete.Description = refusal.Description.TrimEnd('.') + concrete.Description[phrase.Length..];
            }

            concrete.Content = new Dictionary<string, IOpenApiMediaType>
            {
                [ProblemJsonWriter.MediaType] = new OpenApiMediaType { Schema = problem, Example = refusal.Example.DeepClone() },
            };
        }
    }

    private static string ReasonPhrase(string status) =>
        Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(int.Parse(status, System.Globalization.CultureInfo.InvariantCulture));

    private static JsonObject Example(int status, string title, string detail, JsonObject? members = null)
    {
        var example = new JsonObject
        {
            ["type"] = ProblemTypes.For(status),
            ["title"] = title,
            ["status"] = status,
            ["detail"] = detail,
        };
        foreach (var (name, value) in members ?? [])
        {
            example[name] = value?.DeepClone();
        }

        example["traceId"] = TraceId;
        return example;
    }
}

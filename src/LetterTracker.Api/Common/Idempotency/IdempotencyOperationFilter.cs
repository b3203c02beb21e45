using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace LetterTracker.Api.Common.Idempotency;

/// <summary>Documents on every POST (but those with <see cref="NoIdempotencyKey"/>) the optional Idempotency-Key header, the replay marker and the 409 and 422 it can answer.</summary>
public sealed class IdempotencyOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.HttpMethod != "POST" || context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<NoIdempotencyKey>().Any())
        {
            return;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = IdempotencyFilter.KeyHeader,
            In = ParameterLocation.Header,
            Required = false,
            Description = "Makes a retry safe: 1 to 200 printable ASCII characters (a new UUID per request, say). A request sent again with the same key " +
                "and the same method, path, query and body gets the first answer again (marked Idempotency-Replayed: true) instead of writing twice, for the configured lifetime " +
                "(24 hours by default). Only successful answers are kept: after a 4xx, correct the request and send it with the same key.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = Data.Limits.IdempotencyKey },
        });

        operation.Responses ??= [];
        foreach (var (status, response) in operation.Responses)
        {
            if (status.StartsWith('2') && response is OpenApiResponse success)
            {
                success.Headers ??= new Dictionary<string, IOpenApiHeader>();
                success.Headers[IdempotencyFilter.ReplayedHeader] = new OpenApiHeader
                {
                    Description = "true when this is the stored answer to an earlier request with the same Idempotency-Key, replayed.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = ["true"] },
                };
            }
        }

        Problem(operation, "409", "a request with the same Idempotency-Key is still being answered");
        Problem(operation, "422", "the Idempotency-Key was first used with another request (method, path, query or body)");
    }

    /// <summary>Adds the problem response, or the reason to the one already documented.</summary>
    private static void Problem(OpenApiOperation operation, string status, string reason)
    {
        if (operation.Responses!.TryGetValue(status, out var documented) && documented is OpenApiResponse existing)
        {
            existing.Description = $"{existing.Description}; or {reason}.";
            return;
        }

        // Its problem body is documented with every other (ProblemResponsesFilter).
        operation.Responses[status] = new OpenApiResponse { Description = $"{char.ToUpperInvariant(reason[0])}{reason[1..]}." };
    }
}

using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace LetterTracker.Api.Hosting;

/// <summary>
/// Documents the limits' refusals: 429 (with Retry-After) on every API operation, 413 on those that
/// take a body. Their problem bodies are documented with every other (ProblemResponsesFilter).
/// </summary>
public sealed class LimitResponsesOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Responses ??= [];
        operation.Responses.TryAdd("429", new OpenApiResponse
        {
            Description = "Too many requests from this API key (or, anonymously, this client address) in the current window (RateLimiting:*): retry after the seconds Retry-After gives.",
            Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["Retry-After"] = new OpenApiHeader
                {
                    Description = "Seconds to wait before a new window is certain.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                },
            },
        });

        if (operation.RequestBody is not null)
        {
            operation.Responses.TryAdd("413", new OpenApiResponse
            {
                Description = "The body is larger than Limits:MaxRequestBodyBytes (8 MiB by default).",
            });
        }
    }
}

using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace LetterTracker.Api.Hosting.OpenApi;

/// <summary>
/// Gives a write's body a schema of its own derived from the write shape it names (IncidentRequest →
/// IncidentPatch, IncidentReplacement), made once and referred to by every media type that takes it.
/// </summary>
public static class DerivedBodySchemas
{
    private const string RequestSuffix = "Request";

    /// <param name="derive">Makes the new schema from the request's id and schema.</param>
    public static void Replace(OpenApiOperation operation, SchemaRepository repository, string suffix, Func<string, IOpenApiSchema, OpenApiSchema> derive)
    {
        foreach (var mediaType in operation.RequestBody?.Content?.Values.OfType<OpenApiMediaType>() ?? [])
        {
            if (mediaType.Schema is OpenApiSchemaReference { Reference.Id: { } requestId } && requestId.EndsWith(RequestSuffix, StringComparison.Ordinal))
            {
                var id = requestId[..^RequestSuffix.Length] + suffix;
                mediaType.Schema = repository.Schemas.ContainsKey(id)
                    ? new OpenApiSchemaReference(id)
                    : repository.AddDefinition(id, derive(requestId, repository.Schemas[requestId]));
            }
        }
    }
}

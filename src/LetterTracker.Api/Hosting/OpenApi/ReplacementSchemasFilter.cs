using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace LetterTracker.Api.Hosting.OpenApi;

/// <summary>
/// A PUT may send back the record as a GET shows it, with a field changed: its read-only fields (id,
/// version, counts, related records shown whole) are ignored when they hold the record's values. Each
/// PUT gets its own schema (IncidentRequest → IncidentReplacement) saying so: the write shape, plus the
/// answer's other fields, optional. A POST keeps the write shape: a new record has none of them.
/// </summary>
public sealed class ReplacementSchemasFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.HttpMethod == "PUT"
            && operation.Responses?.TryGetValue("200", out var ok) == true && ok.Content?.TryGetValue("application/json", out var answer) == true
            && answer.Schema is OpenApiSchemaReference { Reference.Id: { } responseId })
        {
            var response = context.SchemaRepository.Schemas[responseId];
            DerivedBodySchemas.Replace(operation, context.SchemaRepository, "Replacement", (requestId, request) => ReplacementOf(requestId, request, response));
        }
    }

    private static OpenApiSchema ReplacementOf(string requestId, IOpenApiSchema request, IOpenApiSchema response)
    {
        var properties = new Dictionary<string, IOpenApiSchema>(request.Properties ?? new Dictionary<string, IOpenApiSchema>());
        foreach (var (name, shown) in response.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            if (!properties.ContainsKey(name))
            {
                // Not readOnly (a computed count is, in the answer): validators (Prism) refuse a readOnly field in a request, which the API accepts.
                properties[name] = shown is OpenApiSchema { ReadOnly: true } computed ? Writable(computed) : shown;
            }
        }

        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = $"What a PUT sends: {requestId}, the record as it should be. It may also carry the fields a GET shows " +
                "besides (its read-only fields): each is ignored when it holds the record's value, and refused (400) when it does not, such as another id.",
            Required = request.Required,
            AdditionalPropertiesAllowed = request.AdditionalPropertiesAllowed,
            Properties = properties,
            Examples = request.Examples,
        };
    }

    private static OpenApiSchema Writable(OpenApiSchema shown)
    {
        var copy = (OpenApiSchema)shown.CreateShallowCopy();
        copy.ReadOnly = false;
        return copy;
    }
}

using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace LetterTracker.Api.Hosting.OpenApi;

/// <summary>
/// A PATCH body is a JSON Merge Patch (RFC 7396) of the write shape, not the write shape itself: every
/// field may be left out, and null removes an optional field's value. Each PATCH gets its own schema
/// (IncidentRequest → IncidentPatch) saying so, so generated clients send partial bodies.
/// </summary>
public sealed class PatchSchemasFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.HttpMethod == "PATCH")
        {
            DerivedBodySchemas.Replace(operation, context.SchemaRepository, "Patch", (requestId, request) => PatchOf(requestId, request, context.SchemaRepository));
        }
    }

    private static OpenApiSchema PatchOf(string requestId, IOpenApiSchema request, SchemaRepository repository)
    {
        var required = request.Required ?? new HashSet<string>();
        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = $"A JSON Merge Patch (RFC 7396) of {requestId}: send only the fields to change. " +
                "null removes an optional field's value (an empty list for a list); the fields the full record requires cannot be removed.",
            AdditionalPropertiesAllowed = request.AdditionalPropertiesAllowed,
            Properties = request.Properties?.ToDictionary(
                p => p.Key,
                p => required.Contains(p.Key) ? p.Value : Nullable(p.Value, repository)),
            Examples = ExampleOf(request) is { } example ? [example] : null,
        };
    }

    /// <summary>The property's schema, allowing null (in OpenAPI 3.0: nullable beside the type).</summary>
    private static IOpenApiSchema Nullable(IOpenApiSchema property, SchemaRepository repository)
    {
        if (property is OpenApiSchemaReference reference)
        {
            return new OpenApiSchema { AllOf = [reference], Type = TypeOf(reference, repository) | JsonSchemaType.Null };
        }

        if (property.Type is { } type && type.HasFlag(JsonSchemaType.Null))
        {
            return property;
        }

        var copy = (OpenApiSchema)property.CreateShallowCopy();
        copy.Type = (copy.Type ?? copy.AllOf?.OfType<OpenApiSchemaReference>().Select(r => (JsonSchemaType?)TypeOf(r, repository)).FirstOrDefault()
            ?? JsonSchemaType.Object) | JsonSchemaType.Null;
        return copy;
    }

    private static JsonSchemaType TypeOf(OpenApiSchemaReference reference, SchemaRepository repository) =>
        reference.Reference.Id is { } id && repository.Schemas.TryGetValue(id, out var target) && target.Type is { } type ? type : JsonSchemaType.Object;

    /// <summary>A one-field patch: the first required text of the request's example, as a client changing one field sends.</summary>
    private static JsonNode? ExampleOf(IOpenApiSchema request)
    {
        if (request.Examples?.FirstOrDefault() is not JsonObject example)
        {
            return null;
        }

        var field = request.Required?.FirstOrDefault(name => example[name] is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.String);
        return field is null ? null : new JsonObject { [field] = example[field]!.DeepClone() };
    }
}

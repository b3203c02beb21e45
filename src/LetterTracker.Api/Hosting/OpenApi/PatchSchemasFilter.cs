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
    private const string RequestSuffix = "Request";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.HttpMethod != "PATCH" || operation.RequestBody?.Content is not { } content)
        {
            return;
        }

        foreach (var mediaType in content.Values.OfType<OpenApiMediaType>())
        {
            if (mediaType.Schema is OpenApiSchemaReference { Reference.Id: { } id } && id.EndsWith(RequestSuffix, StringComparison.Ordinal))
            {
                mediaType.Schema = PatchOf(id, context.SchemaRepository);
            }
        }
    }

    private static IOpenApiSchema PatchOf(string requestId, SchemaRepository repository)
    {
        var patchId = requestId[..^RequestSuffix.Length] + "Patch";
        if (repository.Schemas.ContainsKey(patchId))
        {
            return new OpenApiSchemaReference(patchId);
        }

        var request = repository.Schemas[requestId];
        var required = request.Required ?? new HashSet<string>();
        var patch = new OpenApiSchema
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
        return repository.AddDefinition(patchId, patch);
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

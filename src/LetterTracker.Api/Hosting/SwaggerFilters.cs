using LetterTracker.Api.Common.Writes;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace LetterTracker.Api.Hosting;

/// <summary>
/// The one example mechanism: a type with a public static Example of its own type gets it,
/// serialized as the API serializes it, as its schema's example.
/// </summary>
public sealed class ExampleSchemaFilter(IOptions<JsonOptions> json) : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is OpenApiSchema concrete && ExampleOf(context.Type) is { } value)
        {
            concrete.Examples = [JsonSerializer.SerializeToNode(value, context.Type, json.Value.SerializerOptions)!];
        }
    }

    /// <summary>The type's own example (its public static Example of its own type), or null; the CSV examples are written from it too.</summary>
    public static object? ExampleOf(Type type) =>
        type.GetProperty("Example", BindingFlags.Public | BindingFlags.Static) is { } example && example.PropertyType == type ? example.GetValue(null) : null;
}

/// <summary>
/// Documents what every operation shares: the If-Match header every PUT, PATCH and DELETE requires,
/// the ETag (and, on 201, Location) headers of success responses, and the 500 any may answer, and the
/// 503 (with Retry-After) any may answer while the database is unavailable (every operation reads it).
/// </summary>
public sealed class HttpSemanticsOperationFilter : IOperationFilter
{
    /// <summary>A quoted version number: "9223372036854775807" at the longest.</summary>
    private const int ETagLength = 21;

    /// <summary>If-Match may list several tags; Kestrel refuses request headers over 32 KiB in all.</summary>
    private const int HeaderLength = 32 * 1024;

    /// <summary>Above the longest path a record has: /api/dispatches/{id}/events/{eventId}.</summary>
    private const int LocationLength = 256;

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Responses ??= [];
        operation.Responses.TryAdd("500", new OpenApiResponse());
        operation.Responses.TryAdd("503", new OpenApiResponse
        {
            Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["Retry-After"] = new OpenApiHeader
                {
                    Description = "Seconds to wait before sending the request again.",
                    Required = true,
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                },
            },
        });

        var method = context.ApiDescription.HttpMethod;
        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<OptionalIfMatch>().FirstOrDefault() is { } optional)
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "If-Match",
                In = ParameterLocation.Header,
                Required = false,
                Description = optional.Description,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = HeaderLength },
            });
        }
        else if (method is "PUT" or "PATCH" or "DELETE")
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "If-Match",
                In = ParameterLocation.Header,
                Required = true,
                Description = "The ETag of the record as last read (e.g. \"3\"). Without it: 428. When the record has changed since: 412, with the current ETag.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = HeaderLength },
            });
        }

        if (method is "GET" or "POST" or "PUT" or "PATCH" && context.ApiDescription.RelativePath?.EndsWith("{id}", StringComparison.Ordinal) == true
            || method == "POST")
        {
            foreach (var (status, response) in operation.Responses ?? [])
            {
                if (status is "200" or "201" && response is OpenApiResponse concrete)
                {
                    concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
                    concrete.Headers["ETag"] = new OpenApiHeader
                    {
                        Description = "The record's version; send it back as If-Match to change or delete the record.",
                        Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = ETagLength },
                    };
                    if (status == "201")
                    {
                        concrete.Headers["Location"] = new OpenApiHeader
                        {
                            Description = "Where the created record is: /api/{resource}/{id}.",
                            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri-reference", MaxLength = LocationLength },
                        };
                    }
                }
            }
        }
    }
}

/// <summary>
/// A list in a write body may be left out (it then means "none"), so it is not required, though it
/// is never null. The schema says so, as the server behaves.
/// </summary>
public sealed class OptionalListsSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Required: { Count: > 0 } required } || !context.Type.Name.EndsWith("Request", StringComparison.Ordinal)
            || context.Type.GetConstructor(Type.EmptyTypes) is null)
        {
            return;
        }

        var defaults = Activator.CreateInstance(context.Type);
        foreach (var property in context.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.PropertyType != typeof(string) && property.GetValue(defaults) is System.Collections.IEnumerable)
            {
                required.Remove(JsonNamingPolicy.CamelCase.ConvertName(property.Name));
            }
        }
    }
}

using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace LetterTracker.Api.Hosting.OpenApi;

/// <summary>A 200 answered as text of a media type (a feed), at most MaxLength characters, shown by an example.</summary>
public sealed record TextResponse(string MediaType, string Example, int MaxLength);

/// <summary>Documents <see cref="TextResponse"/>: the media type on the 200, a string schema of that bound, and its example.</summary>
public sealed class TextResponseFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<TextResponse>().FirstOrDefault() is not { } text
            || operation.Responses?.TryGetValue("200", out var ok) is not true || ok is not OpenApiResponse concrete)
        {
            return;
        }

        concrete.Content ??= new Dictionary<string, IOpenApiMediaType>();
        concrete.Content[text.MediaType] = new OpenApiMediaType
        {
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = text.MaxLength },
            Example = text.Example,
        };
    }
}

using System.Globalization;
using LetterTracker.Api.Common.Csv;
using LetterTracker.Api.Common.RequestLimits;
using LetterTracker.Api.Features.Import;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace LetterTracker.Api.Hosting.OpenApi;

/// <summary>
/// Documents an import's CSV body: text no longer than the body limit (in characters, which a UTF-8 body
/// of that many bytes cannot exceed), with an example of a header and one row, written by the export's
/// own code from the request type's Example, so the columns shown are those the import reads.
/// </summary>
public sealed class CsvImportFilter(IOptions<JsonOptions> json, IOptions<RequestLimitSettings> limits) : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<CsvImportMetadata>().FirstOrDefault() is not { } import)
        {
            return;
        }

        var example = ExampleSchemaFilter.ExampleOf(import.RequestType);
        var csv = new OpenApiMediaType();
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "The CSV file (Content-Type: text/csv).",
            Content = new Dictionary<string, IOpenApiMediaType> { [CsvRows.MediaType] = csv },
        };
        csv.Schema = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            MaxLength = (int)Math.Min(int.MaxValue, limits.Value.MaxRequestBodyBytes),
            Description = $"A header line naming the request's fields, then one line per record (at most {CsvRows.MaxRows.ToString("N0", CultureInfo.InvariantCulture)}); RFC 4180, UTF-8.",
        };
        csv.Example = CsvExport.Write(import.RequestType, example is null ? [] : [example], json.Value.SerializerOptions);
    }
}

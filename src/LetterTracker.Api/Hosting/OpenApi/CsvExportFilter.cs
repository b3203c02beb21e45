using LetterTracker.Api.Common.Csv;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace LetterTracker.Api.Hosting.OpenApi;

/// <summary>
/// Documents a list's CSV export (<see cref="CsvExport"/>): the format parameter, and text/csv beside
/// application/json on its 200 response, a header line of the JSON field names and a line per record.
/// </summary>
public sealed class CsvExportFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<CsvExportMetadata>().FirstOrDefault() is not { } export)
        {
            return;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = CsvExport.FormatParameter,
            In = ParameterLocation.Query,
            Description = "csv for every matching record as CSV (as Accept: text/csv asks), in the list's order, without limit or cursor; json (the default) for pages.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = ["csv", "json"] },
        });

        if (operation.Responses?.TryGetValue("200", out var ok) is true && ok is OpenApiResponse concrete)
        {
            concrete.Content ??= new Dictionary<string, IOpenApiMediaType>();
            concrete.Content[CsvExport.MediaType] = new OpenApiMediaType
            {
                Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Description = $"RFC 4180, UTF-8, offered as {export.FileName}.csv: a header line naming the JSON fields of an item (a nested object's as object.field), then one line per matching record. A text cell starting with = + - @ (a spreadsheet formula) begins with '.",
                },
            };
        }
    }
}

using LetterTracker.Api.Common.Csv;
using LetterTracker.Api.Common.Paging;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace LetterTracker.Api.Hosting.OpenApi;

/// <summary>
/// Documents a list's CSV export (<see cref="CsvExport"/>): the format parameter, and text/csv beside
/// application/json on its 200 response, with an example written by the export's own code from the
/// item type's Example (the same one the JSON schema shows). The CSV has no schema: it is text as long
/// as the data, which no string schema can bound, and the example shows its columns.
/// </summary>
public sealed class CsvExportFilter(IOptions<JsonOptions> json) : IOperationFilter
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

        if (operation.Responses?.TryGetValue("200", out var ok) is not true || ok is not OpenApiResponse concrete)
        {
            return;
        }

        concrete.Description = $"As application/json, a page of records; as text/csv (Accept: text/csv or format=csv), every matching record, offered as {export.FileName}.csv: " +
            "RFC 4180, UTF-8, a header line naming the JSON fields of an item (a nested object's as object.field), then a line per record; a text cell starting with = + - @ (a spreadsheet formula) begins with '.";
        concrete.Content ??= new Dictionary<string, IOpenApiMediaType>();
        concrete.Content[CsvExport.MediaType] = new OpenApiMediaType { Example = Example(context) };
    }

    /// <summary>The header and one row: the item type's Example, the item type read from the 200 response (a Page of it).</summary>
    private System.Text.Json.Nodes.JsonNode? Example(OperationFilterContext context)
    {
        var page = context.ApiDescription.SupportedResponseTypes.FirstOrDefault(r => r.StatusCode == StatusCodes.Status200OK)?.Type;
        if (page is not { IsGenericType: true } || page.GetGenericTypeDefinition() != typeof(Page<>))
        {
            return null;
        }

        var item = page.GetGenericArguments()[0];
        var example = ExampleSchemaFilter.ExampleOf(item);
        return CsvExport.Write(item, example is null ? [] : [example], json.Value.SerializerOptions);
    }
}

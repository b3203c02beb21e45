using LetterTracker.Api.Common;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace LetterTracker.Api.Hosting.OpenApi;

/// <summary>
/// Gives each id in a path an example, the id the schema examples give that kind of record, so tools
/// that call operations from the document (Dredd, Swagger UI's Try it out) can fill every path.
/// </summary>
public sealed class PathExamplesFilter : IOperationFilter
{
    private static readonly Dictionary<string, Guid> IdsByCollection = new(StringComparer.Ordinal)
    {
        ["api-keys"] = Examples.ApiKey,
        ["audit"] = Examples.AuditEntry,
        ["casualty-figures"] = Examples.CasualtyFigure,
        ["citations"] = Examples.Citation,
        ["dispatches"] = Examples.Dispatch,
        ["events"] = Examples.Event,
        ["incidents"] = Examples.Incident,
        ["letters"] = Examples.Letter,
        ["organisations"] = Examples.Organisation,
        ["recipients"] = Examples.Recipient,
        ["sources"] = Examples.Source,
        ["webhooks"] = Examples.Webhook,
        ["deliveries"] = Examples.WebhookDelivery,
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        // The collection an id belongs to is the segment before it: api/letters/{id}/dispatches, dispatches/{id}/events/{eventId}.
        var segments = (context.ApiDescription.RelativePath ?? "").Split('/');
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            var at = Array.IndexOf(segments, "{" + parameter.Name + "}");
            if (parameter.In == ParameterLocation.Path && at > 0 && IdsByCollection.TryGetValue(segments[at - 1], out var id))
            {
                parameter.Example = id.ToString();
            }
        }
    }
}

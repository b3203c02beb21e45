using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace LetterTracker.Api.Hosting.OpenApi;

/// <summary>
/// What the document says as a whole: whom to contact and the licence, where the API is served
/// (relative to the document, so it holds behind any host or proxy), what each tag groups, and the
/// schema fixes no single filter can make.
/// </summary>
public sealed class DocumentFilter(IOptions<DocumentationSettings> settings) : IDocumentFilter
{
    private static readonly Dictionary<string, string> TagDescriptions = new()
    {
        ["API keys"] = "Keys and their roles (reader, editor, admin); admin only. A key's secret is shown once, when it is created.",
        ["Webhooks"] = "Subscriptions that POST letter and dispatch events to a URL, signed the Standard Webhooks way, with a delivery log; admin only. A subscription's secret is shown once, when it is created.",
        ["Calendar"] = "Replies due as a calendar feed (RFC 5545) a team's calendar app subscribes to.",
        ["Import"] = "Recipients and organisations from a spreadsheet (CSV), checked row by row as POSTs are, in one transaction.",
        ["Audit"] = "Every change to a record, who made it and what it was before; a deleted record can be restored from it.",
        ["Casualty Figures"] = "Numbers of killed and injured that sources give, over a period, which letters cite.",
        ["Citations"] = "Verbatim quotes from sources that back a record: every seeded fact has one.",
        ["Dispatches"] = "A letter sent to one recipient, and its history of events: sent, delivered, answered, referred, overdue.",
        ["Incidents"] = "The events letters are about, where and when they happened, as the sources give them.",
        ["Letters"] = "Protest letters: who signed them, what they are about, what they demand, and to whom they went.",
        ["Organisations"] = "The diaspora organisations (and others) that sign letters.",
        ["Recipients"] = "The international bodies, offices and media letters are sent to, with how soon each is expected to answer.",
        ["Search"] = "One full-text search over letters, incidents, organisations, recipients and sources.",
        ["Sources"] = "The reports and documents facts come from, with their full text.",
        ["Statistics"] = "Who answers and how fast, per recipient and per letter, and an overview.",
    };

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var documentation = settings.Value;
        document.Info.Contact = new OpenApiContact { Name = documentation.ContactName, Email = documentation.ContactEmail, Url = documentation.ContactUrl };
        document.Info.License = new OpenApiLicense { Name = "MIT", Url = new Uri("https://opensource.org/licenses/MIT") };
        document.Servers =
        [
            new OpenApiServer
            {
                Url = "/",
                Description = "The instance that serves this document, whichever it is: local, test or production.",
                Extensions = new Dictionary<string, IOpenApiExtension> { ["x-internal"] = new JsonNodeExtension(false) },
            },
        ];
        foreach (var tag in document.Tags ?? Enumerable.Empty<OpenApiTag>())
        {
            if (tag is OpenApiTag concrete && concrete.Name is { } name && TagDescriptions.TryGetValue(name, out var description))
            {
                concrete.Description = description;
            }
        }

        var schemas = document.Components?.Schemas;
        if (schemas is null)
        {
            return;
        }

        foreach (var schema in schemas.Values)
        {
            InlineNullableReferences(schema, schemas);
        }

        foreach (var body in document.Paths.Values.SelectMany(p => p.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
            .Select(o => o.RequestBody).OfType<OpenApiRequestBody>())
        {
            UnwrapBody(body);
        }

        // A schema only nullable properties referred to (DispatchChannel) is now referred to by none.
        var used = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<IOpenApiSchema>(ReferenceEqualityComparer.Instance);
        foreach (var operation in document.Paths.Values.SelectMany(p => p.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>()))
        {
            var media = (operation.RequestBody?.Content?.Values ?? []).Concat(operation.Responses?.Values.SelectMany(r => r.Content?.Values ?? []) ?? []);
            foreach (var schema in media.Select(m => m.Schema).Concat(operation.Parameters?.Select(p => p.Schema) ?? []))
            {
                CollectReferences(schema, schemas, used, seen);
            }
        }

        foreach (var unused in schemas.Keys.Where(id => !used.Contains(id)).ToList())
        {
            schemas.Remove(unused);
        }
    }

    /// <summary>
    /// A body is its record's schema, not allOf of it: generators would make a new type of the wrapper.
    /// The wrapper's description (the handler parameter's) goes to the body.
    /// </summary>
    private static void UnwrapBody(OpenApiRequestBody body)
    {
        foreach (var media in body.Content?.Values.OfType<OpenApiMediaType>() ?? [])
        {
            if (media.Schema is OpenApiSchema { AllOf: [OpenApiSchemaReference only], Type: null } wrapper)
            {
                body.Description ??= wrapper.Description;
                media.Schema = only;
            }
        }
    }

    private static void CollectReferences(IOpenApiSchema? schema, IDictionary<string, IOpenApiSchema> schemas, HashSet<string> used, HashSet<IOpenApiSchema> seen)
    {
        if (schema is null || !seen.Add(schema))
        {
            return;
        }

        if (schema is OpenApiSchemaReference reference)
        {
            if (reference.Reference.Id is { } id && used.Add(id) && schemas.TryGetValue(id, out var target))
            {
                CollectReferences(target, schemas, used, seen);
            }

            return;
        }

        var children = (schema?.Properties?.Values ?? []).Concat(schema?.AllOf ?? []).Concat(schema?.AnyOf ?? []).Concat(schema?.OneOf ?? [])
            .Append(schema?.Items).Append(schema?.AdditionalProperties);
        foreach (var child in children)
        {
            CollectReferences(child, schemas, used, seen);
        }
    }

    /// <summary>
    /// A nullable property of a record or enum type (a recipient's parent, a dispatch's channel) must
    /// accept null. OpenAPI 3.0 cannot say "this $ref, or null" in a way validators (Prism, Spectral)
    /// accept: nullable does not reach into an allOf. So such a property holds a copy of the schema it
    /// refers to, nullable beside its type; validators then accept null, and generators type it nullable.
    /// </summary>
    private static void InlineNullableReferences(IOpenApiSchema schema, IDictionary<string, IOpenApiSchema> schemas)
    {
        foreach (var (name, property) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            if (property is OpenApiSchema { AllOf: [OpenApiSchemaReference reference] } wrapper && wrapper.Type is { } type && type.HasFlag(JsonSchemaType.Null)
                && reference.Reference.Id is { } id && schemas.TryGetValue(id, out var target) && target is OpenApiSchema concrete)
            {
                var copy = (OpenApiSchema)concrete.CreateShallowCopy();
                copy.Type = (concrete.Type ?? JsonSchemaType.Object) | JsonSchemaType.Null;
                copy.Description = wrapper.Description ?? concrete.Description;
                copy.Examples = null;
                schema.Properties![name] = copy;
            }
            else if (property is OpenApiSchema { AllOf: [OpenApiSchemaReference only], Type: null, Description: null } bare && bare.Extensions is not { Count: > 0 })
            {
                // allOf with one $ref and nothing beside it says no more than the $ref.
                schema.Properties![name] = only;
            }
        }
    }
}

using LetterTracker.Api.Common.Access;
using LetterTracker.Data.Model;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace LetterTracker.Api.Hosting;

/// <summary>
/// Documents each operation's access rule, read from the endpoint's policy: the ApiKey security
/// requirement (optional, as an alternative to none, where anonymous reads are allowed), so Swagger UI
/// sends the key; the 401 with WWW-Authenticate; and the 403 where a valid key's role may not be enough.
/// (Their problem bodies are documented with every other: ProblemResponsesFilter.)
/// </summary>
public sealed class AccessOperationFilter(IOptionsMonitor<AuthSettings> settings) : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var policies = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>()
            .Select(a => a.Policy).ToList();
        if (policies.Count == 0)
        {
            return;
        }

        var anonymousRead = settings.CurrentValue.AnonymousRead;
        var needed = policies.Select(policy => policy switch
        {
            AccessPolicies.Read => anonymousRead ? null : ApiKeyRole.Reader,
            AccessPolicies.Reader => ApiKeyRole.Reader,
            AccessPolicies.Editor => ApiKeyRole.Editor,
            _ => (ApiKeyRole?)ApiKeyRole.Admin, // admin, or a policy this filter does not know: documented as the strictest
        }).Max();

        var apiKey = new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyAuthentication.SchemeName, context.Document)] = [] };
        operation.Security = needed is null ? [new OpenApiSecurityRequirement(), apiKey] : [apiKey];

        operation.Responses ??= [];
        operation.Responses["401"] = new OpenApiResponse
        {
            Description = needed is { } role
                ? $"No API key, or one that is malformed, unknown or revoked: this needs {AccessPolicies.Describe(role)} in X-Api-Key."
                : "An X-Api-Key was sent but is malformed, unknown or revoked: send a valid key, or none.",
            Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["WWW-Authenticate"] = new OpenApiHeader { Description = "ApiKey", Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = ["ApiKey"] } },
            },
        };
        if (needed > ApiKeyRole.Reader)
        {
            operation.Responses["403"] = new OpenApiResponse
            {
                Description = $"The API key's role is not enough: this needs {AccessPolicies.Describe(needed.Value)}.",
            };
        }
    }
}

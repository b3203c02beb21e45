using Microsoft.AspNetCore.Authorization;

namespace LetterTracker.Api.Common.Access;

/// <summary>
/// Every endpoint of the API carries its access rule as metadata. An endpoint that names a policy
/// itself (the key management endpoints: admin) keeps it; any other gets the rule the HTTP method
/// calls for: GET the "read" rule, everything else "editor". So an endpoint cannot be added without
/// a rule, and the authorization table test makes each one explicit.
/// </summary>
public static class AccessRules
{
    public static TBuilder RequireAccessRules<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        // Finally runs after every other convention, the endpoint's and its groups' own included.
        builder.Finally(endpoint =>
        {
            if (endpoint.Metadata.Any(m => m is IAuthorizeData or IAllowAnonymous))
            {
                return;
            }

            var methods = endpoint.Metadata.OfType<HttpMethodMetadata>().SelectMany(m => m.HttpMethods).ToList();
            // An endpoint open to any method (none listed) is treated as one that writes.
            var reads = methods.Count > 0 && methods.All(m => HttpMethods.IsGet(m) || HttpMethods.IsHead(m));
            endpoint.Metadata.Add(new AuthorizeAttribute(reads ? AccessPolicies.Read : AccessPolicies.Editor));
        });
        return builder;
    }
}

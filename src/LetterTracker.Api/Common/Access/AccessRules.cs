using Microsoft.AspNetCore.Authorization;

namespace LetterTracker.Api.Common.Access;

/// <summary>
/// Every endpoint of the API names its access rule where it is mapped
/// (<c>.RequireAuthorization(AccessPolicies.Read)</c>, <c>Editor</c>, <c>Admin</c>). One that names none
/// is admin-only: forgetting a rule can make an endpoint too strict, never open. The authorization
/// table test lists every endpoint with the rule it must have, so a forgotten one fails there.
/// </summary>
public static class AccessRules
{
    public static TBuilder RequireAccessRules<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        // Finally runs after every other convention, the endpoint's and its groups' own included.
        builder.Finally(endpoint =>
        {
            if (!endpoint.Metadata.Any(m => m is IAuthorizeData or IAllowAnonymous))
            {
                endpoint.Metadata.Add(new AuthorizeAttribute(AccessPolicies.Admin));
            }
        });
        return builder;
    }
}

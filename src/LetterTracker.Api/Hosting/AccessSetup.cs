using LetterTracker.Api.Common.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace LetterTracker.Api.Hosting;

public static class AccessSetup
{
    /// <summary>API keys (X-Api-Key) as the one authentication scheme, the role policies, and 401/403 as problems.</summary>
    public static void AddAccess(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AuthSettings>(configuration.GetSection(AuthSettings.Section));
        services.AddAuthentication(ApiKeyAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, configureOptions: null);
        services.AddAuthorization(options => options.AddAccessPolicies());
        services.AddSingleton<IAuthorizationHandler, AccessRequirementHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AccessProblems>();
    }
}

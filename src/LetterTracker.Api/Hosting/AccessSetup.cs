using LetterTracker.Api.Common.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace LetterTracker.Api.Hosting;

public static class AccessSetup
{
    /// <summary>The hosted service that loads data protection's key ring at start (internal to ASP.NET Core).</summary>
    public const string DataProtectionKeyRingLoader = "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService";

    /// <summary>API keys (X-Api-Key) as the one authentication scheme, the role policies, and 401/403 as problems.</summary>
    public static void AddAccess(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AuthSettings>(configuration.GetSection(AuthSettings.Section));
        services.AddAuthentication(ApiKeyAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, configureOptions: null);
        // Authentication brings ASP.NET Core data protection, whose hosted service loads its key ring
        // (or creates one and writes it to disk) at start. Data protection is for cookies and tokens;
        // API keys use none, so the ring is left to load on first use, which never comes: start-up is
        // spared reading XML keys (and loading System.Private.Xml) before the first answer (issue 12).
        var keyRingLoader = services.FirstOrDefault(service =>
            service.ServiceType == typeof(IHostedService) && service.ImplementationType?.FullName == DataProtectionKeyRingLoader);
        if (keyRingLoader is not null)
        {
            services.Remove(keyRingLoader);
        }
        services.AddAuthorization(options => options.AddAccessPolicies());
        services.AddSingleton<IAuthorizationHandler, AccessRequirementHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AccessProblems>();
    }
}

using System.Globalization;
using System.Net;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace LetterTracker.Api.Common.RequestLimits;

/// <summary>
/// The framework's rate limiter, one fixed window per caller: an API key (the NameIdentifier claim
/// authentication puts on the user) or, for an anonymous request, the client's address. A caller over
/// its limit gets a 429 problem with Retry-After. Endpoints marked DisableRateLimiting (health) are exempt.
/// </summary>
public static class RateLimits
{
    public static void AddRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitingSettings>()
            .Bind(configuration.GetSection(RateLimitingSettings.Section))
            .Validate(s => !s.Enabled || (s.PermitLimit >= 1 && s.WindowSeconds >= 1), "RateLimiting:PermitLimit and RateLimiting:WindowSeconds must be at least 1.")
            .ValidateOnStart();
        services.AddRateLimiter(_ => { });
        // Configured from the settings when first resolved, so a test host's overrides have their say.
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitingSettings>>((options, settings) =>
        {
            var limits = settings.Value;
            if (!limits.Enabled)
            {
                return;
            }

            var window = new FixedWindowRateLimiterOptions
            {
                PermitLimit = limits.PermitLimit,
                Window = TimeSpan.FromSeconds(limits.WindowSeconds),
                QueueLimit = 0, // refused at once, not held in memory until a permit frees up
            };
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                RateLimitPartition.GetFixedWindowLimiter(CallerOf(http), _ => window));
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) => RefuseAsync(context, limits);
        });
    }

    /// <summary>Whose permits a request uses: its API key's, else its address's. Read after authentication.</summary>
    public static string CallerOf(HttpContext http) =>
        http.User.Identity?.IsAuthenticated == true && http.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } keyId
            ? "key:" + keyId
            : "address:" + AddressOf(http.Connection.RemoteIpAddress);

    // An IPv4 client on a dual-stack socket shows up as ::ffff:a.b.c.d; it is the same caller as a.b.c.d.
    private static string AddressOf(IPAddress? address) =>
        address is { IsIPv4MappedToIPv6: true } ? address.MapToIPv4().ToString() : address?.ToString() ?? "unknown";

    private static async ValueTask RefuseAsync(OnRejectedContext context, RateLimitingSettings limits)
    {
        var http = context.HttpContext;
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(limits.WindowSeconds);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        var caller = CallerOf(http).StartsWith("key:", StringComparison.Ordinal) ? "This API key" : "This client address";
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests.",
                Detail = $"{caller} may send {limits.PermitLimit} requests every {limits.WindowSeconds} seconds; try again in {seconds} seconds.",
            },
        });
    }
}

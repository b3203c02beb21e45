using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace LetterTracker.Api.Hosting;

public static class HealthSetup
{
    public const string ReadyTag = "ready";

    /// <summary>Live: the process answers. Ready: it can also reach its database. Never rate limited: an orchestrator polls them.</summary>
    public static void MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).DisableRateLimiting();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) }).DisableRateLimiting();
    }
}

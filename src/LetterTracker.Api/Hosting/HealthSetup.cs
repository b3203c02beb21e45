using System.Text;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LetterTracker.Api.Hosting;

public static class HealthSetup
{
    public const string ReadyTag = "ready";

    /// <summary>
    /// Live: the process answers. Ready: it can also reach its database, and the database has every
    /// migration and the search index (<see cref="SchemaReadyCheck"/>). Never rate limited: an
    /// orchestrator polls them.
    /// </summary>
    public static void MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).DisableRateLimiting();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = WriteReadyAsync,
        }).DisableRateLimiting();
    }

    /// <summary>
    /// The status as plain text ("Healthy", "Unhealthy"), as ASP.NET Core writes it; when not healthy,
    /// a line for each failing check that says why ("schema: ..."). Exceptions are logged, never written.
    /// </summary>
    private static Task WriteReadyAsync(HttpContext context, HealthReport report)
    {
        var text = new StringBuilder(report.Status.ToString());
        foreach (var (name, entry) in report.Entries)
        {
            if (entry.Status != HealthStatus.Healthy && entry.Description is { Length: > 0 } reason)
            {
                text.Append('\n').Append(name).Append(": ").Append(reason);
            }
        }

        context.Response.ContentType = "text/plain";
        return context.Response.WriteAsync(text.ToString());
    }
}

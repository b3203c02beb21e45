using System.Diagnostics;

namespace LetterTracker.Api.Common;

/// <summary>
/// One trace id per request, the W3C trace-id of its Activity (32 lowercase hex digits, as in a
/// traceparent header): every problem carries it as traceId, and every log line written while the
/// request is answered carries it as TraceId in its scope, so a client's quote finds the lines. A
/// request that sends a traceparent header keeps the caller's trace id.
/// </summary>
public static class TraceIds
{
    /// <summary>The name of the Activity started for a request when ASP.NET Core started none.</summary>
    public const string ActivityName = "LetterTracker.Request";

    /// <summary>The current trace id. Within a request there is always an Activity (<see cref="UseRequestActivity"/>).</summary>
    public static string Current() =>
        (Activity.Current is { IdFormat: ActivityIdFormat.W3C } activity ? activity.TraceId : ActivityTraceId.CreateRandom()).ToHexString();

    /// <summary>
    /// ASP.NET Core starts a request's Activity only while something listens: its hosting log category
    /// enabled, a diagnostic listener or an ActivitySource listener. With all of them off (say,
    /// Logging:LogLevel:Microsoft.AspNetCore set to None) this starts one, so the problem and the app's own
    /// log lines still share a trace id.
    /// </summary>
    public static void UseRequestActivity(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (Activity.Current is not null)
        {
            await next(http);
            return;
        }

        using var activity = new Activity(ActivityName);
        activity.SetIdFormat(ActivityIdFormat.W3C);
        activity.Start();
        await next(http);
    });
}

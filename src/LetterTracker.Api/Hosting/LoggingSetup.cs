using Microsoft.Extensions.Logging.Console;

namespace LetterTracker.Api.Hosting;

/// <summary>
/// Console logs as each environment wants them: outside Development one JSON object per line (the
/// built-in JSON console formatter) with UTC timestamps and the scopes, so every line written while a
/// request is answered carries the request's TraceId, the traceId of its problem responses (see
/// <see cref="Common.TraceIds"/>); in Development the plain simple formatter.
/// Logging:Console:FormatterName in configuration (json, simple or systemd) overrides the choice.
/// </summary>
public static class LoggingSetup
{
    /// <summary>ISO 8601 in UTC (UseUtcTimestamp), to the millisecond: 2026-12-03T07:20:33.125Z.</summary>
    public const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public static void AddConsoleLogs(this WebApplicationBuilder builder)
    {
        var formatter = builder.Environment.IsDevelopment() ? ConsoleFormatterNames.Simple : ConsoleFormatterNames.Json;
        // Applied after the options bound from Logging:Console, so a FormatterName set there stays.
        builder.Services.Configure<ConsoleLoggerOptions>(options =>
        {
            if (string.IsNullOrEmpty(options.FormatterName))
            {
                options.FormatterName = formatter;
            }
        });
        builder.Services.Configure<JsonConsoleFormatterOptions>(options =>
        {
            options.IncludeScopes = true;
            options.UseUtcTimestamp = true;
            options.TimestampFormat = TimestampFormat;
        });
        // The default of the host, stated: lines written under a request's Activity carry its ids.
        builder.Logging.Configure(options =>
            options.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
    }
}

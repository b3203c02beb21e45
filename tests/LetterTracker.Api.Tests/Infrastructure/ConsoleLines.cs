using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace LetterTracker.Api.Tests.Infrastructure;

/// <summary>
/// The lines an in-memory app's console logger writes, kept for the test: each entry is formatted by
/// the console formatter the app's own ConsoleLoggerOptions name (JSON outside Development), with the
/// scopes the logger factory keeps (the request's TraceId among them), as the console logger formats
/// it. The real console is one per test process and shared by the tests running beside this one, so
/// it is not read.
/// </summary>
public sealed class ConsoleLines : ILoggerProvider, ISupportExternalScope
{
    private readonly List<string> lines = [];
    private IExternalScopeProvider? scopes;
    private IEnumerable<ConsoleFormatter> formatters = [];
    private IOptionsMonitor<ConsoleLoggerOptions>? options;

    public IReadOnlyList<string> Lines
    {
        get { lock (lines) { return [.. lines]; } }
    }

    /// <summary>Registers these lines as a logger provider of the app whose services these are.</summary>
    public void AddTo(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(provider =>
    {
        formatters = provider.GetServices<ConsoleFormatter>();
        options = provider.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>();
        return this;
    });

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose()
    {
    }

    private void Write<TState>(in LogEntry<TState> entry)
    {
        var name = options!.CurrentValue.FormatterName;
        var formatter = formatters.Single(f => f.Name == name);
        using var writer = new StringWriter();
        formatter.Write(entry, scopes, writer);
        lock (lines)
        {
            lines.AddRange(writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        }
    }

    private sealed class Logger(ConsoleLines owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => NullLogger.Instance.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                owner.Write(new LogEntry<TState>(logLevel, category, eventId, state, exception, formatter));
            }
        }
    }
}

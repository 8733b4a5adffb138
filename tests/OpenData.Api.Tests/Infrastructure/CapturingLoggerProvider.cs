using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OpenData.Api.Tests.Infrastructure;

public sealed record LogEntry(LogLevel Level, string Category, string Message, string Scopes);

/// <summary>Keeps every log entry with the scopes around it (where ASP.NET Core puts the trace id).</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<LogEntry> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLoggerProvider provider, string categoryName) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => provider._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopes = new List<string>();
            provider._scopes.ForEachScope((scope, list) =>
            {
                if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
                {
                    list.AddRange(pairs.Select(p => $"{p.Key}={p.Value}"));
                }
                list.Add(scope?.ToString() ?? "");
            }, scopes);
            provider.Entries.Enqueue(new LogEntry(logLevel, categoryName, formatter(state, exception), string.Join(";", scopes)));
        }
    }
}

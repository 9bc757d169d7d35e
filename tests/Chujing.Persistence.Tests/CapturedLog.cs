using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Chujing.Persistence.Tests;

/// <summary>A logger provider that keeps every event id logged at warning or above, to show a log is clean.</summary>
internal sealed class CapturedLog : ILoggerProvider
{
    public ConcurrentQueue<EventId> Warnings { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLog log) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                log.Warnings.Enqueue(eventId);
            }
        }
    }
}

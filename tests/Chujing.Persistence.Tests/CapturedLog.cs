using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Chujing.Persistence.Tests;

/// <summary>A logger provider that keeps every event id logged at warning or above, to show a log is clean (errors also with their text).</summary>
internal sealed class CapturedLog : ILoggerProvider
{
    public ConcurrentQueue<EventId> Warnings { get; } = new();

    /// <summary>What was logged at error or above, as a console would print it (category, event, message).</summary>
    public ConcurrentQueue<string> Errors { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLog log, string category) : ILogger
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

            if (logLevel >= LogLevel.Error)
            {
                log.Errors.Enqueue($"{category}[{eventId.Id}]: {formatter(state, exception)}");
            }
        }
    }
}

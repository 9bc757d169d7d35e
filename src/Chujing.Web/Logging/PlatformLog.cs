namespace Chujing.Web.Logging;

/// <summary>
/// The platform's log messages, compiled once (<see cref="LoggerMessageAttribute"/>): no boxing and no formatting
/// when the level is off.
/// </summary>
internal static partial class PlatformLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Unhandled error on {Path}")]
    public static partial void Unhandled(this ILogger logger, Exception exception, PathString path);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Expired {Count} filings")]
    public static partial void FilingsExpired(this ILogger logger, int count);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Re-assessed {Count} filings")]
    public static partial void FilingsReassessed(this ILogger logger, int count);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Filing expiry sweep failed")]
    public static partial void ExpirySweepFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5, Level = LogLevel.Error, Message = "storing {Count} gateway checks failed")]
    public static partial void GatewayChecksNotStored(this ILogger logger, Exception exception, int count);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning, Message = "Filings of processor {Processor} not reassessed after repeated conflicts; the next append reassesses them")]
    public static partial void ReassessmentConflict(this ILogger logger, Exception exception, int? processor);

    [LoggerMessage(EventId = 7, Level = LogLevel.Warning, Message = "mail outbox: {Reason}")]
    public static partial void MailOutboxFailed(this ILogger logger, Exception exception, string reason);

    [LoggerMessage(EventId = 8, Level = LogLevel.Warning, Message = "mail to {To} (outbox {Id}) failed, attempt {Attempt} of {Max}: {Error}")]
    public static partial void MailAttemptFailed(this ILogger logger, string to, long id, int attempt, int max, string? error);

    [LoggerMessage(EventId = 9, Level = LogLevel.Warning, Message = "Service unavailable on {Path}")]
    public static partial void Unavailable(this ILogger logger, Exception exception, PathString path);
}

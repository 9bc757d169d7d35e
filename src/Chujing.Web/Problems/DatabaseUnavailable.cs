using Npgsql;

namespace Chujing.Web.Problems;

/// <summary>
/// A request that failed because no writable database answered — the primary killed or being failed over, the
/// connection lost, a standby reached — rather than because of the request: 503, so that clients resend it. Nothing of
/// it was committed: a batch is written in one transaction, and its receipt is sent only after the commit.
/// </summary>
internal static class DatabaseUnavailable
{
    public const string Title = "Database unavailable";

    public const string Detail = "数据库暂不可用（主库故障或切换中），本次请求未生效，请稍后重发 · The database is unavailable (the primary failed or is being replaced); nothing of this request was saved, send it again shortly.";

    /// <summary>True when <paramref name="exception"/> or one of its inner exceptions is a lost or refused database connection.</summary>
    public static bool Is(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                // Connection-level failures: no host, socket closed, timeout, no suitable (primary) host.
                case NpgsqlException and not PostgresException:
                // 08: connection exception; 57: operator intervention (shutdown, crash, cannot connect now);
                // 25006: a read-only transaction, i.e. a standby answered.
                case PostgresException p when p.SqlState.StartsWith("08", StringComparison.Ordinal) || p.SqlState.StartsWith("57", StringComparison.Ordinal) || p.SqlState == PostgresErrorCodes.ReadOnlySqlTransaction:
                    return true;
                case AggregateException aggregate when aggregate.InnerExceptions.Any(Is):
                    return true;
            }
        }

        return false;
    }
}

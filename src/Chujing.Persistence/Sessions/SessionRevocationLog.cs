using Microsoft.EntityFrameworkCore;

namespace Chujing.Persistence.Sessions;

/// <summary>Writes and reads the <see cref="SessionRevocation"/> log; the same SQL on SQLite and PostgreSQL.</summary>
public static class SessionRevocationLog
{
    /// <summary>How many of the latest revocations are kept; a node further behind than this drops every cached session.</summary>
    public const int Retained = 10_000;

    /// <summary>
    /// Takes the next version and adds its row (returned) to <paramref name="db"/>'s change tracker, to be saved with the change
    /// it announces. Call inside the transaction that makes the change: the clock row stays locked until it ends.
    /// </summary>
    public static async Task<SessionRevocation> StageAsync(ChujingDbContext db, string subject, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var versions = await db.Database
            .SqlQueryRaw<long>("UPDATE session_clock SET \"Version\" = \"Version\" + 1 WHERE \"Id\" = 1 RETURNING \"Version\" AS \"Value\"")
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var version = versions.Single();
        var revocation = new SessionRevocation { Version = version, Subject = subject, At = at };
        db.Add(revocation);
        return revocation;
    }

    /// <summary>The latest committed version.</summary>
    public static Task<long> CurrentAsync(ChujingDbContext db, CancellationToken cancellationToken = default) =>
        db.Set<SessionClock>().AsNoTracking().Where(c => c.Id == SessionClock.SingletonId).Select(c => c.Version).SingleAsync(cancellationToken);

    /// <summary>The subjects changed in versions after <paramref name="after"/> up to <paramref name="upTo"/>, in order.</summary>
    public static Task<List<SessionRevocation>> ReadAsync(ChujingDbContext db, long after, long upTo, CancellationToken cancellationToken = default) =>
        db.Set<SessionRevocation>().AsNoTracking()
            .Where(r => r.Version > after && r.Version <= upTo)
            .OrderBy(r => r.Version)
            .ToListAsync(cancellationToken);

    /// <summary>Deletes all but the latest <see cref="Retained"/> revocations.</summary>
    public static Task<int> PruneAsync(ChujingDbContext db, long current, CancellationToken cancellationToken = default) =>
        db.Set<SessionRevocation>().Where(r => r.Version <= current - Retained).ExecuteDeleteAsync(cancellationToken);
}

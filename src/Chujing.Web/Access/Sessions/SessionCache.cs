using System.Collections.Concurrent;

namespace Chujing.Web.Access.Sessions;

/// <summary>
/// The node's memory of what credentials must agree with — accounts' <see cref="SessionSnapshot"/>s (keyed by
/// account id) and API tokens' <see cref="Tokens.TokenSnapshot"/>s (keyed <c>token:</c> and hash) — so that a
/// signed-in request is checked without the database. An entry is dropped when its subject changes — at once on the node that changes it, and on every other
/// node when <see cref="SessionRevocationFeed"/> reads the change. The cache answers only while the feed has
/// confirmed, within <see cref="Bound"/>, that it has read every change: when the database stops answering the feed,
/// every request goes to the database again instead of trusting memory that may be stale.
/// </summary>
public sealed class SessionCache
{
    private readonly TimeProvider _clock;
    private ConcurrentDictionary<string, object> _entries = new(StringComparer.Ordinal);
    private long _confirmedAt;
    private bool _confirmed;

    public SessionCache(TimeProvider clock, TimeSpan bound)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(bound, TimeSpan.Zero);
        _clock = clock;
        Bound = bound;
    }

    /// <summary>How long after a change on another node a cookie of the old account state may still be honoured here.</summary>
    public TimeSpan Bound { get; }

    /// <summary>True while the last complete read of the revocation log started no longer than <see cref="Bound"/> ago.</summary>
    public bool IsCurrent => Volatile.Read(ref _confirmed) && _clock.GetElapsedTime(Interlocked.Read(ref _confirmedAt)) <= Bound;

    /// <summary>The cached account snapshot of <paramref name="userId"/> when the cache is current; the ticket lets <see cref="Put"/> store a fresh one.</summary>
    public SessionSnapshot? Get(string userId, out SessionTicket ticket) => Get<SessionSnapshot>(userId, out ticket);

    /// <summary>The cached entry under <paramref name="key"/> when the cache is current; the ticket lets <see cref="Put"/> store a fresh one.</summary>
    public T? Get<T>(string key, out SessionTicket ticket)
        where T : class
    {
        var entries = Volatile.Read(ref _entries);
        entries.TryGetValue(key, out var observed);
        ticket = new SessionTicket(entries, key, observed);
        return observed is T entry && IsCurrent ? entry : null;
    }

    /// <summary>
    /// Stores a snapshot loaded after <see cref="Get"/> — unless the account was revoked in between, in which case the
    /// snapshot may predate the change and is dropped.
    /// </summary>
    public void Put(SessionTicket ticket, object snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        _ = ticket.Observed is null
            ? ticket.Entries.TryAdd(ticket.Key, snapshot)
            : ticket.Entries.TryUpdate(ticket.Key, snapshot, ticket.Observed);
    }

    /// <summary>Drops the entry under <paramref name="key"/>; a load that began before this call cannot store its result.</summary>
    public void Revoke(string key) => Volatile.Read(ref _entries)[key] = new Revoked(_clock.GetTimestamp());

    /// <summary>Drops every snapshot (the node may have missed changes).</summary>
    public void RevokeAll() => Volatile.Write(ref _entries, new ConcurrentDictionary<string, object>(StringComparer.Ordinal));

    /// <summary>Records that a read of the revocation log that began at <paramref name="startedAt"/> (a <see cref="TimeProvider.GetTimestamp"/>) has been applied.</summary>
    public void Confirm(long startedAt)
    {
        Interlocked.Exchange(ref _confirmedAt, startedAt);
        Volatile.Write(ref _confirmed, true);
    }

    /// <summary>Forgets revocation markers older than <paramref name="age"/> (no load lasts that long).</summary>
    public void Sweep(TimeSpan age)
    {
        var entries = Volatile.Read(ref _entries);
        foreach (var (key, value) in entries)
        {
            if (value is Revoked revoked && _clock.GetElapsedTime(revoked.At) > age)
            {
                entries.TryRemove(new KeyValuePair<string, object>(key, value));
            }
        }
    }

    /// <summary>Marks an account revoked at a moment (monotonic timestamp); a new object each time, so that a pending <see cref="Put"/> fails.</summary>
    private sealed class Revoked(long at)
    {
        public long At { get; } = at;
    }
}

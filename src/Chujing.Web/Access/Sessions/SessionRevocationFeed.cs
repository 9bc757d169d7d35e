using Chujing.Persistence;
using Chujing.Persistence.Sessions;

namespace Chujing.Web.Access.Sessions;

/// <summary>
/// Reads the revocation log every <see cref="PlatformOptions.SessionRevocationPoll"/> and drops the cached sessions
/// of the accounts changed since the last read — on this node the change already dropped them; this is how the
/// other nodes on the same database learn of it. Each complete read confirms <see cref="SessionCache"/> as current.
/// </summary>
internal sealed partial class SessionRevocationFeed(
    IServiceScopeFactory scopes,
    SessionCache cache,
    IEnumerable<IChangeSubscriber> subscribers,
    PlatformOptions options,
    ILogger<SessionRevocationFeed> logger) : BackgroundService
{
    /// <summary>Revocation markers outlive any load of a snapshot by far.</summary>
    private static readonly TimeSpan MarkerAge = TimeSpan.FromMinutes(2);

    private long _applied = -1;
    private long _lastHousekeeping;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var clock = options.SessionTime;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ReadOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The feed outlives a database outage; while it fails, the cache is not current and requests go to the database.
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogReadFailed(logger, e);
            }

            try
            {
                await Task.Delay(options.SessionRevocationPoll, clock, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One read of the log: applies what is new and confirms the cache.</summary>
    internal async Task ReadOnceAsync(CancellationToken cancellationToken)
    {
        var clock = options.SessionTime;
        var started = clock.GetTimestamp();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChujingDbContext>();
        var current = await SessionRevocationLog.CurrentAsync(db, cancellationToken).ConfigureAwait(false);
        var changed = new List<IChangeSubscriber>();
        if (_applied < 0)
        {
            // Snapshots loaded before the first read may predate a change this read no longer sees as new.
            cache.RevokeAll();
            changed.AddRange(subscribers);
        }
        else if (current > _applied)
        {
            var changes = await SessionRevocationLog.ReadAsync(db, _applied, current, cancellationToken).ConfigureAwait(false);
            if (changes.Count != current - _applied)
            {
                // Versions are gapless: a shorter answer means pruned rows this node never read.
                cache.RevokeAll();
                changed.AddRange(subscribers);
            }
            else
            {
                foreach (var change in changes)
                {
                    cache.Revoke(change.Subject);
                }

                changed.AddRange(subscribers.Where(s => changes.Exists(c => c.Subject.StartsWith(s.Prefix, StringComparison.Ordinal))));
            }
        }

        foreach (var subscriber in changed)
        {
            await subscriber.ChangedAsync(db, cancellationToken).ConfigureAwait(false);
        }

        _applied = current;
        cache.Confirm(started);
        if (clock.GetElapsedTime(_lastHousekeeping) > TimeSpan.FromMinutes(1))
        {
            _lastHousekeeping = clock.GetTimestamp();
            cache.Sweep(MarkerAge);
            await SessionRevocationLog.PruneAsync(db, current, cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The session revocation log could not be read; sessions are checked against the database until it can")]
    private static partial void LogReadFailed(ILogger logger, Exception exception);
}

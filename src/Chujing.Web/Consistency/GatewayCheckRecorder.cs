using System.Threading.Channels;
using Chujing.Persistence;
using Chujing.Persistence.Consistency;
using Chujing.Web.Evidence;
using Chujing.Web.Logging;

namespace Chujing.Web.Consistency;

/// <summary>
/// Records gateway checks with group commit: each request hands over its rows and waits until they are committed,
/// while the rows of all requests waiting at that moment go in one transaction. A gateway asking thousands of times a
/// second then costs one commit per group, not one per request; no answer is given before its check is stored.
/// </summary>
public sealed class GatewayCheckRecorder(IServiceScopeFactory scopes, IngestionGates gates, ILogger<GatewayCheckRecorder> logger) : BackgroundService
{
    /// <summary>The most rows one transaction takes.</summary>
    private const int MaxGroup = 20_000;

    private readonly Channel<Pending> _queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(10_000) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    /// <summary>Stores <paramref name="rows"/>; completes once they are committed.</summary>
    public async Task RecordAsync(IReadOnlyList<GatewayCheck> rows, CancellationToken ct)
    {
        var pending = new Pending(rows, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        await _queue.Writer.WriteAsync(pending, ct).ConfigureAwait(false);
        await pending.Done.Task.WaitAsync(ct).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var group = new List<Pending>();
        while (await _queue.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
        {
            group.Clear();
            var count = 0;
            while (count < MaxGroup && _queue.Reader.TryRead(out var next))
            {
                group.Add(next);
                count += next.Rows.Count;
            }

            try
            {
                await StoreAsync(group, stoppingToken).ConfigureAwait(false);
                group.ForEach(p => p.Done.TrySetResult());
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.GatewayChecksNotStored(e, count);
                group.ForEach(p => p.Done.TrySetException(e));
            }
        }
    }

    private async Task StoreAsync(List<Pending> group, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChujingDbContext>();
        var rows = group.SelectMany(p => p.Rows).ToList();

        // SQLite has one writer: take the ingestion gate, as evidence does, rather than wait on a busy lock.
        var gate = gates.For(rows[0].ProcessorId);
        await gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
            await db.InsertRowsAsync(rows, ct).ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    private sealed record Pending(IReadOnlyList<GatewayCheck> Rows, TaskCompletionSource Done);
}

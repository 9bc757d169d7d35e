using System.Collections.Concurrent;
using Chujing.Persistence;

namespace Chujing.Web.Evidence;

/// <summary>
/// Serialises evidence ingestion where the storage would otherwise make writers wait on each other: SQLite has one
/// writer per database, so all ingestion takes one gate (queueing in memory instead of sleeping on a busy lock);
/// PostgreSQL takes one gate per processor, whose ledger has one writer anyway.
/// </summary>
public sealed class IngestionGates(DatabaseLocation database) : IDisposable
{
    private readonly SemaphoreSlim _single = new(1, 1);
    private readonly ConcurrentDictionary<int, SemaphoreSlim> _perProcessor = new();

    /// <summary>The gate to hold while a batch of <paramref name="processorId"/> is appended and indexed.</summary>
    public SemaphoreSlim For(int processorId) =>
        database.Provider == DatabaseProvider.Sqlite ? _single : _perProcessor.GetOrAdd(processorId, _ => new SemaphoreSlim(1, 1));

    public void Dispose()
    {
        _single.Dispose();
        foreach (var gate in _perProcessor.Values)
        {
            gate.Dispose();
        }
    }
}

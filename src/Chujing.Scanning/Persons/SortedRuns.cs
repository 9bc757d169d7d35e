using System.Runtime.InteropServices;

namespace Chujing.Scanning.Persons;

/// <summary>
/// The leading byte (0-255) of the records' order: records in order have non-decreasing buckets. When
/// <see cref="Spread"/>, it is spread evenly over the records (keyed hashes): chunks are then bucketed by it before
/// sorting.
/// </summary>
internal interface IBucketOrder<T>
{
    bool Spread { get; }

    int Bucket(in T record);

    /// <summary>The byte of the order at <paramref name="level"/>: 0 is <see cref="Bucket(in T)"/>, 1 the byte after it (ordered within one bucket).</summary>
    int Bucket(in T record, int level);
}

/// <summary>Receives records in sorted order from <see cref="SortedRuns{T, TOrder}.Merge{TVisitor}"/>.</summary>
internal interface ISortedVisitor<T>
{
    void Visit(in T record);
}

/// <summary>
/// An external sort of fixed-size records within a memory budget: records collect in chunks, each sorted when full;
/// while the chunks fit the budget they stay in memory, past it every sorted chunk is written to a temporary run
/// file. <see cref="Merge"/> then streams all records in order (a k-way merge of the chunks or runs), as often as
/// needed. Not thread-safe; a full chunk can be taken out to be sorted outside the caller's lock. Only what the caller stores (keyed hashes and row numbers) ever reaches disk; the files
/// are deleted on dispose.
/// </summary>
internal sealed partial class SortedRuns<T, TOrder> : IDisposable
    where T : unmanaged, IComparable<T>
    where TOrder : struct, IBucketOrder<T>
{
    private const int ReadBufferBytes = 1 << 16;
    private readonly int _chunkLength;
    private readonly long _memoryRecords;
    private readonly string _tempRoot;
    private readonly List<T[]> _chunks = [];
    private readonly List<int> _chunkCounts = [];
    private readonly List<(string Path, long Count)> _runs = [];
    private readonly Stack<T[]> _free = new();
    private T[] _current;
    private int _count;
    private long _heldRecords;
    private string? _directory;

    /// <summary>Sorts within about <paramref name="memoryBytes"/> bytes, spilling into a folder under <paramref name="tempRoot"/>.</summary>
    public SortedRuns(long memoryBytes, string tempRoot)
    {
        var size = Marshal.SizeOf<T>();
        _memoryRecords = Math.Max(1024, memoryBytes / size);
        // Chunks are small beside the budget: the chunk being filled, those being sorted outside the caller's lock
        // (one per scan worker) and the spare come on top of the records held, so large chunks would let the
        // process exceed the budget by several chunks. A sixteenth keeps that margin to about a quarter.
        _chunkLength = (int)Math.Clamp(_memoryRecords / 16, 1024, 1 << 18);
        _tempRoot = tempRoot;
        _current = new T[Math.Min(_chunkLength, 4096)];
    }

    /// <summary>Records added.</summary>
    public long Count { get; private set; }

    /// <summary>True once records went to temporary files.</summary>
    public bool Spilled => _directory is not null;

    public void Add(in T record)
    {
        if (_count == _current.Length)
        {
            Grow();
        }

        _current[_count++] = record;
        Count++;
    }

    /// <summary>True when the current chunk is full: take it (<see cref="TakeFull"/>) and sort it outside any lock before adding more.</summary>
    public bool IsFull => _count == _chunkLength;

    /// <summary>Hands over the full current chunk, to be sorted (<see cref="Sort"/>) and given back with <see cref="AddSorted"/>.</summary>
    public (T[] Chunk, int Count) TakeFull()
    {
        var full = (_current, _count);
        _current = NewChunk();
        _count = 0;
        return full;
    }

    /// <summary>Keeps a chunk sorted with <see cref="Sort"/>: in memory while the budget allows, else in a run file.</summary>
    public void AddSorted(T[] chunk, int count)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        Keep(chunk, count);
    }

    /// <summary>Streams every record in order to <paramref name="visitor"/>.</summary>
    public void Merge<TVisitor>(ref TVisitor visitor)
        where TVisitor : ISortedVisitor<T>
    {
        Seal(more: false);
        _free.Clear();
        var cursors = new Cursor[_chunks.Count + _runs.Count];
        try
        {
            for (var i = 0; i < _chunks.Count; i++)
            {
                cursors[i] = new Cursor(_chunks[i], _chunkCounts[i]);
            }

            for (var i = 0; i < _runs.Count; i++)
            {
                cursors[_chunks.Count + i] = new Cursor(_runs[i].Path, _runs[i].Count);
            }

            if (cursors.Length > 0)
            {
                new LoserTree(cursors).Drain(ref visitor);
            }
        }
        finally
        {
            foreach (var cursor in cursors)
            {
                cursor?.Dispose();
            }
        }
    }

    public void Dispose()
    {
        _chunks.Clear();
        _free.Clear();
        _current = [];
        if (_directory is not null)
        {
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // Leftover runs hold keyed hashes and row numbers only.
            }
        }
    }

    private void Grow()
    {
        if (_current.Length < _chunkLength)
        {
            Array.Resize(ref _current, Math.Min(_current.Length * 2, _chunkLength));
            return;
        }

        Seal(more: true);
    }

    /// <summary>Sorts the current chunk and keeps it: in memory while the budget allows, else (with every chunk held) in run files.</summary>
    private void Seal(bool more)
    {
        if (_count == 0)
        {
            return;
        }

        Sort(_current.AsSpan(0, _count));
        var chunk = _current;
        var count = _count;
        _current = more ? NewChunk() : [];
        _count = 0;
        Keep(chunk, count);
    }

    private void Keep(T[] chunk, int count)
    {
        if (_directory is null && _heldRecords + chunk.Length <= _memoryRecords)
        {
            _chunks.Add(chunk);
            _chunkCounts.Add(count);
            _heldRecords += chunk.Length;
        }
        else
        {
            if (_directory is null)
            {
                _directory = Path.Combine(_tempRoot, "chujing-persons-" + Guid.NewGuid().ToString("N")[..12]);
                Directory.CreateDirectory(_directory);
            }

            for (var i = 0; i < _chunks.Count; i++)
            {
                WriteRun(_chunks[i].AsSpan(0, _chunkCounts[i]));
                Recycle(_chunks[i]);
            }

            _chunks.Clear();
            _chunkCounts.Clear();
            _heldRecords = 0;
            WriteRun(chunk.AsSpan(0, count));
            Recycle(chunk);
        }
    }

    /// <summary>A chunk array: one written to a run before, when there is one (so that spilling allocates no more), else a new one.</summary>
    private T[] NewChunk() => _free.TryPop(out var chunk) ? chunk : new T[_chunkLength];

    private void Recycle(T[] chunk)
    {
        // One spare array is enough for the next chunk; the rest is freed.
        if (chunk.Length == _chunkLength && _free.Count < 1)
        {
            _free.Push(chunk);
        }
    }

    /// <summary>
    /// Sorts one chunk. With a bucket order (uniformly random keys), the chunk is first partitioned in place by the
    /// key's top byte (American flag sort), and each part of more than a few dozen records again by the next byte, so
    /// that the comparison sorts that finish the job work on a handful of records each.
    /// </summary>
    public static void Sort(Span<T> records)
    {
        // The records' own comparison: the runtime's sort then inlines it (a comparer goes through a delegate).
        if (!default(TOrder).Spread || records.Length < 1 << 14)
        {
            records.Sort();
            return;
        }

        Span<int> starts = stackalloc int[256];
        Span<int> ends = stackalloc int[256];
        Span<int> innerStarts = stackalloc int[256];
        Span<int> innerEnds = stackalloc int[256];
        Span<int> next = stackalloc int[256];
        Partition(records, level: 0, starts, ends, next);
        for (var b = 0; b < 256; b++)
        {
            var part = records[starts[b]..ends[b]];
            if (part.Length < 64)
            {
                part.Sort();
                continue;
            }

            Partition(part, level: 1, innerStarts, innerEnds, next);
            for (var n = 0; n < 256; n++)
            {
                part[innerStarts[n]..innerEnds[n]].Sort();
            }
        }
    }

    /// <summary>
    /// Partitions <paramref name="records"/> in place by their bucket at <paramref name="level"/> (0: the top byte, 1:
    /// the next): bucket b ends up in [<paramref name="starts"/>[b], <paramref name="ends"/>[b]).
    /// </summary>
    private static void Partition(Span<T> records, int level, Span<int> starts, Span<int> ends, Span<int> next)
    {
        var buckets = default(TOrder);
        next.Clear();
        foreach (ref readonly var record in records)
        {
            next[buckets.Bucket(in record, level)]++;
        }

        var offset = 0;
        for (var b = 0; b < 256; b++)
        {
            var count = next[b];
            next[b] = offset;
            starts[b] = offset;
            offset += count;
            ends[b] = offset;
        }

        for (var b = 0; b < 256; b++)
        {
            while (next[b] < ends[b])
            {
                var record = records[next[b]];
                var target = buckets.Bucket(in record, level);
                while (target != b)
                {
                    (records[next[target]], record) = (record, records[next[target]]);
                    next[target]++;
                    target = buckets.Bucket(in record, level);
                }

                records[next[b]++] = record;
            }
        }
    }

    private void WriteRun(ReadOnlySpan<T> records)
    {
        var path = Path.Combine(_directory!, _runs.Count.ToString("D6", System.Globalization.CultureInfo.InvariantCulture));
        using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, ReadBufferBytes))
        {
            stream.Write(MemoryMarshal.AsBytes(records));
        }

        _runs.Add((path, records.Length));
    }
}

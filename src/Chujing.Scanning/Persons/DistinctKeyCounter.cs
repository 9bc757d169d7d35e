using System.Runtime.InteropServices;
using Chujing.Domain.Classification;

namespace Chujing.Scanning.Persons;

/// <summary>
/// Counts distinct 128-bit person keys exactly within a memory budget. Keys collect in one buffer; when it fills it is
/// sorted and de-duplicated in place, and if that frees less than half of it, every key is spilled to one of 256
/// temporary files chosen by the key's top byte. <see cref="Count"/> then counts each partition on its own (sort,
/// unique), so at most one partition is in memory at a time. Only keyed hashes ever reach disk; the files are deleted
/// on dispose. <see cref="Add"/> is thread-safe.
/// </summary>
public sealed class DistinctKeyCounter : IPersonKeySink, IDisposable
{
    private const int Partitions = 256;
    private readonly Lock _lock = new();
    private readonly int _capacity;
    private readonly string _tempRoot;
    private UInt128[] _buffer = new UInt128[1024];
    private int _count;
    private string? _spillDirectory;
    private FileStream?[]? _spills;

    /// <summary>A counter using at most about <paramref name="memoryBudgetBytes"/> bytes for keys.</summary>
    public DistinctKeyCounter(long memoryBudgetBytes, string? tempDirectory = null)
    {
        _capacity = (int)Math.Clamp(memoryBudgetBytes / 16, 1024, Array.MaxLength / 2);
        _tempRoot = tempDirectory ?? Path.GetTempPath();
    }

    /// <summary>True once keys went to temporary files.</summary>
    public bool Spilled => _spillDirectory is not null;

    public void Add(ReadOnlySpan<UInt128> keys)
    {
        lock (_lock)
        {
            while (!keys.IsEmpty)
            {
                if (_count == _buffer.Length)
                {
                    MakeRoom();
                }

                var n = Math.Min(keys.Length, _buffer.Length - _count);
                keys[..n].CopyTo(_buffer.AsSpan(_count));
                _count += n;
                keys = keys[n..];
            }
        }
    }

    /// <summary>The number of distinct keys added. Call once, after the last <see cref="Add"/>.</summary>
    public long Count()
    {
        lock (_lock)
        {
            if (_spills is null)
            {
                return SortUnique(_buffer.AsSpan(0, _count));
            }

            Spill();
            _buffer = [];
            long total = 0;
            for (var p = 0; p < Partitions; p++)
            {
                var stream = _spills[p];
                if (stream is null)
                {
                    continue;
                }

                stream.Flush();
                var keys = new UInt128[stream.Length / 16];
                stream.Position = 0;
                stream.ReadExactly(MemoryMarshal.AsBytes(keys.AsSpan()));
                total += SortUnique(keys);
            }

            return total;
        }
    }

    public void Dispose()
    {
        if (_spills is not null)
        {
            foreach (var stream in _spills)
            {
                stream?.Dispose();
            }
        }

        if (_spillDirectory is not null)
        {
            try
            {
                Directory.Delete(_spillDirectory, recursive: true);
            }
            catch (IOException)
            {
                // Leftover temp files hold keyed hashes only; the key died with the process.
            }
        }
    }

    /// <summary>
    /// Sorts and de-duplicates in place; returns the number of distinct keys, now at the front. Large spans are first
    /// partitioned in place by the keys' top byte (keys are uniformly random), so that each of the 256 sorts works on a
    /// cache-sized part with fewer comparison levels.
    /// </summary>
    private static int SortUnique(Span<UInt128> keys)
    {
        if (keys.IsEmpty)
        {
            return 0;
        }

        if (keys.Length < 1 << 14)
        {
            keys.Sort();
        }
        else
        {
            SortByTopByte(keys);
        }

        var unique = 1;
        for (var i = 1; i < keys.Length; i++)
        {
            if (keys[i] != keys[unique - 1])
            {
                keys[unique++] = keys[i];
            }
        }

        return unique;
    }

    private static void SortByTopByte(Span<UInt128> keys)
    {
        Span<int> next = stackalloc int[Partitions];
        Span<int> end = stackalloc int[Partitions];
        next.Clear();
        foreach (var key in keys)
        {
            next[TopByte(key)]++;
        }

        var offset = 0;
        for (var b = 0; b < Partitions; b++)
        {
            var count = next[b];
            next[b] = offset;
            offset += count;
            end[b] = offset;
        }

        // In-place permutation (American flag sort): move each key to the next free slot of its bucket.
        var starts = new int[Partitions];
        next.CopyTo(starts);
        for (var b = 0; b < Partitions; b++)
        {
            while (next[b] < end[b])
            {
                var key = keys[next[b]];
                var target = TopByte(key);
                while (target != b)
                {
                    (keys[next[target]], key) = (key, keys[next[target]]);
                    next[target]++;
                    target = TopByte(key);
                }

                keys[next[b]++] = key;
            }
        }

        for (var b = 0; b < Partitions; b++)
        {
            keys[starts[b]..end[b]].Sort();
        }
    }

    private static int TopByte(UInt128 key) => (int)((ulong)(key >> 64) >> 56);

    private void MakeRoom()
    {
        if (_spills is null && _buffer.Length < _capacity)
        {
            Array.Resize(ref _buffer, (int)Math.Min((long)_buffer.Length * 2, _capacity));
            return;
        }

        _count = SortUnique(_buffer.AsSpan(0, _count));
        if (_spills is not null || _count > _buffer.Length / 2)
        {
            Spill();
        }
    }

    private void Spill()
    {
        if (_spills is null)
        {
            _spillDirectory = Path.Combine(_tempRoot, "chujing-persons-" + Guid.NewGuid().ToString("N")[..12]);
            Directory.CreateDirectory(_spillDirectory);
            _spills = new FileStream?[Partitions];
        }

        Span<byte> bytes = stackalloc byte[16];
        foreach (var key in _buffer.AsSpan(0, _count))
        {
            var p = (int)(key >> 120);
            var stream = _spills[p] ??= new FileStream(
                Path.Combine(_spillDirectory!, p.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)),
                FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 12, FileOptions.DeleteOnClose);
            MemoryMarshal.Write(bytes, in key);
            stream.Write(bytes);
        }

        _count = 0;
    }
}

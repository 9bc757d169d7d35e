using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Chujing.Scanning.Persons;

internal sealed partial class SortedRuns<T, TOrder>
{
    /// <summary>
    /// When every record is held in memory, streams the records of each range of buckets to a visitor of its own, the
    /// ranges in parallel: <paramref name="visitors"/>[r] receives, in order, the records whose bucket lies in
    /// [<paramref name="bounds"/>[r], <paramref name="bounds"/>[r + 1]). False, with nothing visited, once records went
    /// to run files (then <see cref="Merge"/> streams them).
    /// </summary>
    public bool TryMergeInParallel<TVisitor>(ReadOnlySpan<int> bounds, TVisitor[] visitors)
        where TVisitor : struct, ISortedVisitor<T>
    {
        ArgumentNullException.ThrowIfNull(visitors);
        ArgumentOutOfRangeException.ThrowIfNotEqual(bounds.Length, visitors.Length + 1);
        Seal(more: false);
        if (Spilled)
        {
            return false;
        }

        _free.Clear();
        var ranges = new Cursor[visitors.Length][];
        for (var r = 0; r < visitors.Length; r++)
        {
            ranges[r] = new Cursor[_chunks.Count];
            for (var i = 0; i < _chunks.Count; i++)
            {
                var records = _chunks[i].AsSpan(0, _chunkCounts[i]);
                ranges[r][i] = new Cursor(_chunks[i], LowerBound(records, bounds[r]), LowerBound(records, bounds[r + 1]));
            }
        }

        Parallel.For(0, visitors.Length, r =>
        {
            if (ranges[r].Length > 0)
            {
                new LoserTree(ranges[r]).Drain(ref visitors[r]);
            }
        });
        return true;
    }

    /// <summary>The first index of a sorted chunk whose bucket is at least <paramref name="bucket"/>.</summary>
    private static int LowerBound(ReadOnlySpan<T> records, int bucket)
    {
        var order = default(TOrder);
        int lo = 0, hi = records.Length;
        while (lo < hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            if (order.Bucket(in records[mid]) < bucket)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Reads one sorted chunk or run: the record at <see cref="Position"/> of <see cref="Buffer"/> is the head.</summary>
    private sealed class Cursor : IDisposable
    {
        private readonly FileStream? _file;
        private long _remaining;

        public Cursor(T[] chunk, int count)
            : this(chunk, 0, count)
        {
        }

        /// <summary>Records <paramref name="start"/> to <paramref name="end"/> (exclusive) of a chunk.</summary>
        public Cursor(T[] chunk, int start, int end)
        {
            Buffer = chunk;
            Position = start - 1;
            Length = end;
        }

        public Cursor(string path, long count)
        {
            _file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            Buffer = new T[Math.Max(1, ReadBufferBytes / Marshal.SizeOf<T>())];
            _remaining = count;
        }

        public T[] Buffer { get; }

        public int Position { get; private set; } = -1;

        public int Length { get; private set; }

        /// <summary>Moves to the next record; false when there is none.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool MoveNext() => ++Position < Length || Refill();

        public void Dispose() => _file?.Dispose();

        private bool Refill()
        {
            if (_file is null || _remaining == 0)
            {
                return false;
            }

            var n = (int)Math.Min(_remaining, Buffer.Length);
            _file.ReadExactly(MemoryMarshal.AsBytes(Buffer.AsSpan(0, n)));
            _remaining -= n;
            Length = n;
            Position = 0;
            return true;
        }
    }

    /// <summary>
    /// A k-way merge by a tree of losers (Knuth, TAOCP vol. 3, 5.4.1): the smallest head is known, and each record
    /// taken costs one comparison per level (log₂ k), against k for a linear scan and about twice that for a heap.
    /// Leaves are the cursors, at nodes k … 2k−1; node n holds the loser of the match between its two children.
    /// </summary>
    private readonly struct LoserTree
    {
        private readonly Cursor[] _cursors;
        private readonly T[] _heads;
        private readonly bool[] _done;
        private readonly int[] _losers;

        public LoserTree(Cursor[] cursors)
        {
            _cursors = cursors;
            _heads = new T[cursors.Length];
            _done = new bool[cursors.Length];
            _losers = new int[cursors.Length];
            for (var i = 0; i < cursors.Length; i++)
            {
                Advance(i);
            }
        }

        public void Drain<TVisitor>(ref TVisitor visitor)
            where TVisitor : ISortedVisitor<T>
        {
            var k = _cursors.Length;
            var winner = Play(1);
            while (!_done[winner])
            {
                visitor.Visit(in _heads[winner]);
                Advance(winner);
                for (var node = (winner + k) >> 1; node >= 1; node >>= 1)
                {
                    var loser = _losers[node];
                    if (Less(loser, winner))
                    {
                        _losers[node] = winner;
                        winner = loser;
                    }
                }
            }
        }

        /// <summary>Copies cursor <paramref name="i"/>'s next record into its head, or marks it done.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void Advance(int i)
        {
            var cursor = _cursors[i];
            if (cursor.MoveNext())
            {
                _heads[i] = cursor.Buffer[cursor.Position];
            }
            else
            {
                _done[i] = true;
            }
        }

        /// <summary>The winner of the subtree at <paramref name="node"/>; its losers are recorded on the way.</summary>
        private int Play(int node)
        {
            var k = _cursors.Length;
            if (node >= k)
            {
                return node - k;
            }

            var left = Play(2 * node);
            var right = Play((2 * node) + 1);
            if (Less(right, left))
            {
                (left, right) = (right, left);
            }

            _losers[node] = right;
            return left;
        }

        /// <summary>Whether cursor <paramref name="a"/>'s head comes before <paramref name="b"/>'s; an exhausted cursor comes last.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private bool Less(int a, int b)
        {
            var doneA = _done[a];
            var doneB = _done[b];
            return doneA || doneB ? !doneA : _heads[a].CompareTo(_heads[b]) < 0;
        }
    }
}

using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Chujing.Domain.Classification;

namespace Chujing.Scanning.Persons;

public sealed partial class PersonLinker
{
    /// <summary>Receives one row's node numbers: its resident ID and passport (-1 when absent) and its weaker identifiers.</summary>
    private interface IRowVisitor
    {
        void Row(int resident, int passport, ReadOnlySpan<int> weak);
    }

    /// <summary>
    /// One identifier of one row (20 bytes): its key with the kind in the top three bits (so that sorting by key groups
    /// the kinds; 125 bits of the keyed hash remain, still making a collision negligible), and the row number.
    /// </summary>
    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private readonly struct Mention : IComparable<Mention>
    {
        public const int KindShift = 61;

        public Mention(UInt128 key, ulong row, int kind)
        {
            High = ((ulong)(key >> 64) & ~(7UL << KindShift)) | ((ulong)kind << KindShift);
            Low = (ulong)key;
            Row = checked((uint)row);
        }

        public ulong High { get; }

        public ulong Low { get; }

        public uint Row { get; }

        public int Kind => (int)(High >> KindShift);

        /// <summary>The key as stored (kind bits included): what partial results carry.</summary>
        public UInt128 Key => new(High, Low);

        /// <summary>By key (and so kind first): every identifier's mentions are adjacent, and node numbers come out grouped by kind.</summary>
        public int CompareTo(Mention other)
        {
            var c = High.CompareTo(other.High);
            return c != 0 ? c : Low.CompareTo(other.Low);
        }
    }

    /// <summary>The kind (3 bits) and the next 5 bits of the keyed hash lead the mentions' order; the hash's next 8 bits follow.</summary>
    private readonly struct MentionOrder : IBucketOrder<Mention>
    {
        public bool Spread => true;

        public int Bucket(in Mention record) => (int)(record.High >> 56);

        public int Bucket(in Mention record, int level) => (int)(record.High >> (56 - (8 * level))) & 0xFF;
    }

    /// <summary>A row's identifier as a node number, for grouping by row when the rows do not fit in memory.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private readonly struct RowNode(ulong tag, int node) : IComparable<RowNode>
    {
        public ulong Tag { get; } = tag;

        public long Node { get; } = node;

        /// <summary>By row, then kind.</summary>
        public int CompareTo(RowNode other) => Tag.CompareTo(other.Tag);
    }

    /// <summary>Row numbers are not spread evenly over the leading byte: chunks are sorted whole.</summary>
    private readonly struct RowOrder : IBucketOrder<RowNode>
    {
        public bool Spread => false;

        public int Bucket(in RowNode record) => (int)(record.Tag >> 56);

        public int Bucket(in RowNode record, int level) => (int)(record.Tag >> (56 - (8 * level))) & 0xFF;
    }

    /// <summary>
    /// Numbers the distinct identifiers (nodes) as the sorted mentions stream past, kind by kind, and records each row's
    /// nodes: in an array of five per row when that fits the budget, else in sorted runs grouped by row.
    /// </summary>
    private sealed class NodeNumbering : ISortedVisitor<Mention>, IDisposable
    {
        private readonly int[]? _slots;
        private readonly SortedRuns<RowNode, RowOrder>? _rowRuns;
        private int _nodes = -1;
        private int _kind = -1;
        private UInt128 _key;

        public NodeNumbering(long rows, long memoryBudget, string tempRoot, bool inMemory)
        {
            RowsSeen = rows;
            if (inMemory && rows * PersonIdentifiers.Kinds * sizeof(int) <= memoryBudget)
            {
                _slots = new int[rows * PersonIdentifiers.Kinds];
                Array.Fill(_slots, -1);
            }
            else
            {
                // Half the budget: the linking arrays (8 bytes per weaker identifier) live beside these runs.
                _rowRuns = new SortedRuns<RowNode, RowOrder>(memoryBudget / 2, tempRoot);
            }
        }

        /// <summary>The first node number of each kind; entry <see cref="PersonIdentifiers.Kinds"/> is the node count.</summary>
        public int[] KindStart { get; } = new int[PersonIdentifiers.Kinds + 1];

        public long RowsSeen { get; }

        public bool Spilled => _rowRuns?.Spilled ?? false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Visit(in Mention record)
        {
            var kind = record.Kind;
            var key = record.Key;
            if (kind != _kind || key != _key)
            {
                _nodes++;
                while (_kind < kind)
                {
                    KindStart[++_kind] = _nodes;
                }

                _key = key;
            }

            if (_slots is not null)
            {
                _slots[((long)record.Row * PersonIdentifiers.Kinds) + kind] = _nodes;
            }
            else
            {
                _rowRuns!.Add(new RowNode(((ulong)record.Row << 3) | (uint)kind, _nodes));
            }
        }

        /// <summary>Calls <paramref name="visitor"/> once for every row that has an identifier.</summary>
        public void ForEachRow<TVisitor>(ref TVisitor visitor)
            where TVisitor : IRowVisitor
        {
            Span<int> weak = stackalloc int[PersonIdentifiers.Kinds - Weak];
            if (_slots is not null)
            {
                for (long row = 0; row < RowsSeen; row++)
                {
                    var slots = _slots.AsSpan((int)(row * PersonIdentifiers.Kinds), PersonIdentifiers.Kinds);
                    var n = 0;
                    for (var kind = Weak; kind < PersonIdentifiers.Kinds; kind++)
                    {
                        if (slots[kind] >= 0)
                        {
                            weak[n++] = slots[kind];
                        }
                    }

                    visitor.Row(slots[PersonIdentifiers.ResidentId], slots[PersonIdentifiers.Passport], weak[..n]);
                }

                return;
            }

            var grouping = new RowGrouping<TVisitor>(visitor);
            _rowRuns!.Merge(ref grouping);
            grouping.Flush();
        }

        public void Dispose() => _rowRuns?.Dispose();

        /// <summary>
        /// Numbers every kind's identifiers at once, the kinds in parallel, when the mentions and the rows' slots are
        /// all in memory: each kind's nodes are counted from 0, then shifted by the nodes of the kinds before it, so
        /// that the numbers are those <see cref="Visit"/> gives one mention at a time. False, with nothing numbered,
        /// otherwise.
        /// </summary>
        public bool TryNumberInParallel(SortedRuns<Mention, MentionOrder> mentions)
        {
            if (_slots is null || _kind != -1)
            {
                return false;
            }

            var kinds = new KindNumbering[PersonIdentifiers.Kinds];
            Span<int> bounds = stackalloc int[PersonIdentifiers.Kinds + 1];
            for (var kind = 0; kind <= PersonIdentifiers.Kinds; kind++)
            {
                bounds[kind] = kind << (Mention.KindShift - 56);
                if (kind < PersonIdentifiers.Kinds)
                {
                    kinds[kind] = new KindNumbering(_slots);
                }
            }

            if (!mentions.TryMergeInParallel(bounds, kinds))
            {
                return false;
            }

            for (var kind = 0; kind < PersonIdentifiers.Kinds; kind++)
            {
                KindStart[kind + 1] = KindStart[kind] + kinds[kind].Nodes;
            }

            // Row by row, kind by kind: no division per slot.
            Span<int> shift = stackalloc int[PersonIdentifiers.Kinds];
            KindStart.AsSpan(0, PersonIdentifiers.Kinds).CopyTo(shift);
            for (var row = 0L; row < _slots.LongLength; row += PersonIdentifiers.Kinds)
            {
                var slots = _slots.AsSpan((int)row, PersonIdentifiers.Kinds);
                for (var kind = 1; kind < slots.Length; kind++)
                {
                    if (slots[kind] >= 0)
                    {
                        slots[kind] += shift[kind];
                    }
                }
            }

            _nodes = KindStart[PersonIdentifiers.Kinds] - 1;
            _kind = int.MaxValue;
            return true;
        }

        /// <summary>Closes the numbering once the last mention went past.</summary>
        public void Finish()
        {
            if (_kind == int.MaxValue)
            {
                return;
            }

            var count = _nodes + 1;
            while (_kind < PersonIdentifiers.Kinds)
            {
                KindStart[++_kind] = count;
            }

            _kind = int.MaxValue;
        }
    }

    /// <summary>Numbers the identifiers of one kind from 0 as its sorted mentions stream past, into the rows' slots.</summary>
    private struct KindNumbering(int[] slots) : ISortedVisitor<Mention>
    {
        private readonly int[] _slots = slots;
        private UInt128 _key;

        /// <summary>Distinct identifiers seen.</summary>
        public int Nodes { readonly get; private set; }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Visit(in Mention record)
        {
            var key = record.Key;
            if (Nodes == 0 || key != _key)
            {
                Nodes++;
                _key = key;
            }

            _slots[((long)record.Row * PersonIdentifiers.Kinds) + record.Kind] = Nodes - 1;
        }
    }

    /// <summary>Collects the node numbers of consecutive records of one row and hands the row on.</summary>
    private sealed class RowGrouping<TVisitor>(TVisitor visitor) : ISortedVisitor<RowNode>
        where TVisitor : IRowVisitor
    {
        private TVisitor _visitor = visitor;
        private readonly int[] _weak = new int[PersonIdentifiers.Kinds - Weak];
        private ulong _row = ulong.MaxValue;
        private int _resident = -1;
        private int _passport = -1;
        private int _weakCount;

        public void Visit(in RowNode record)
        {
            var row = record.Tag >> 3;
            if (row != _row)
            {
                Flush();
                _row = row;
            }

            var node = (int)record.Node;
            switch ((int)(record.Tag & 7))
            {
                case PersonIdentifiers.ResidentId:
                    _resident = node;
                    break;
                case PersonIdentifiers.Passport:
                    _passport = node;
                    break;
                default:
                    _weak[_weakCount++] = node;
                    break;
            }
        }

        public void Flush()
        {
            if (_row != ulong.MaxValue)
            {
                _visitor.Row(_resident, _passport, _weak.AsSpan(0, _weakCount));
            }

            _resident = -1;
            _passport = -1;
            _weakCount = 0;
        }
    }
}

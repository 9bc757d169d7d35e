using System.Runtime.InteropServices;
using Chujing.Domain.Classification;

namespace Chujing.Scanning.Persons;

public sealed partial class PersonLinker
{
    /// <summary>Receives one row's node numbers: its resident ID and passport (-1 when absent) and its weaker identifiers.</summary>
    private delegate void RowVisitor(int resident, int passport, ReadOnlySpan<int> weak);

    /// <summary>
    /// One identifier of one row (20 bytes): its key with the kind in the top three bits (so that sorting by key groups
    /// the kinds; 125 bits of the keyed hash remain, still making a collision negligible), and the row number.
    /// </summary>
    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private readonly struct Mention
    {
        private const int KindShift = 61;

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
    }

    /// <summary>By key (and so kind first): every identifier's mentions are adjacent, and node numbers come out grouped by kind.</summary>
    private readonly struct MentionOrder : IComparer<Mention>, IBucketOrder<Mention>
    {
        /// <summary>The kind (3 bits) and the next 5 bits of the keyed hash.</summary>
        public int Bucket(in Mention record) => (int)(record.High >> 56);

        public int Compare(Mention x, Mention y)
        {
            var c = x.High.CompareTo(y.High);
            return c != 0 ? c : x.Low.CompareTo(y.Low);
        }
    }

    /// <summary>A row's identifier as a node number, for grouping by row when the rows do not fit in memory.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private readonly struct RowNode(ulong tag, int node)
    {
        public ulong Tag { get; } = tag;

        public long Node { get; } = node;
    }

    private readonly struct RowOrder : IComparer<RowNode>
    {
        public int Compare(RowNode x, RowNode y) => x.Tag.CompareTo(y.Tag);
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

        /// <summary>Calls <paramref name="visit"/> once for every row that has an identifier.</summary>
        public void ForEachRow(RowVisitor visit)
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

                    visit(slots[PersonIdentifiers.ResidentId], slots[PersonIdentifiers.Passport], weak[..n]);
                }

                return;
            }

            var grouping = new RowGrouping(visit);
            _rowRuns!.Merge(ref grouping);
            grouping.Flush();
        }

        public void Dispose() => _rowRuns?.Dispose();

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

    /// <summary>Collects the node numbers of consecutive records of one row and hands the row on.</summary>
    private sealed class RowGrouping(RowVisitor visit) : ISortedVisitor<RowNode>
    {
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
                visit(_resident, _passport, _weak.AsSpan(0, _weakCount));
            }

            _resident = -1;
            _passport = -1;
            _weakCount = 0;
        }
    }
}

using System.Runtime.CompilerServices;
using Chujing.Domain.Classification;

namespace Chujing.Scanning.Persons;

/// <summary>
/// Counts distinct persons exactly from rows' keyed identifiers. Rows that share an identifier are one person, and so
/// are chains of them (A–B in one row, B–C in another), with one limit that keeps the count from falling: two different
/// resident ID numbers, or two different passport numbers, are never joined through a weaker identifier.
/// <list type="bullet">
/// <item>Every distinct resident ID is one person.</item>
/// <item>A passport seen in rows with exactly one resident ID is that person's; seen with none, it is a person of its
/// own; seen with several, it joins none of them (it is theirs, not a new person) and is counted as shared.</item>
/// <item>Weaker identifiers (mobile, e-mail, bank card) link into groups through the rows they share. A group seen with
/// one person (its rows' resident ID or passport) is that person's; seen with none, it is a person of its own; seen
/// with several (a family phone), it joins none of them and is counted as shared.</item>
/// </list>
/// Each row contributes at most one identifier of each kind; one linker takes up to 2³² − 1 rows. The result does not
/// depend on the order rows arrive in.
/// Identifiers are sorted within a memory budget and spilled to temporary files past it (<see cref="SortedRuns{T, TOrder}"/>);
/// the linking itself then keeps 8 bytes per distinct weaker identifier and 4 per passport in memory.
/// <see cref="Add"/> is thread-safe.
/// </summary>
public sealed partial class PersonLinker : IPersonKeySink, IDisposable
{
    private const int Weak = 2;
    private readonly Lock _lock = new();
    private readonly SortedRuns<Mention, MentionOrder> _mentions;
    private readonly long _memoryBudget;
    private readonly string _tempRoot;
    private long _rows;

    /// <summary>A linker using about <paramref name="memoryBudgetBytes"/> for identifiers before it spills to <paramref name="tempDirectory"/>.</summary>
    public PersonLinker(long memoryBudgetBytes, string? tempDirectory = null)
    {
        _memoryBudget = memoryBudgetBytes;
        _tempRoot = tempDirectory ?? Path.GetTempPath();
        _mentions = new SortedRuns<Mention, MentionOrder>(memoryBudgetBytes, _tempRoot);
    }

    /// <summary>Rows with at least one identifier added so far.</summary>
    public long Rows
    {
        get
        {
            lock (_lock)
            {
                return _rows;
            }
        }
    }

    /// <summary>True once identifiers went to temporary files.</summary>
    public bool Spilled { get; private set; }

    public void Add(ReadOnlySpan<PersonIdentifiers> rows)
    {
        // Appending is cheap and done under the lock; a chunk that fills is sorted outside it, so that the scan's
        // other workers keep appending meanwhile.
        List<(Mention[] Chunk, int Count)>? full = null;
        lock (_lock)
        {
            foreach (ref readonly var row in rows)
            {
                if (row.IsEmpty)
                {
                    continue;
                }

                var r = (ulong)_rows++;
                for (var kind = 0; kind < PersonIdentifiers.Kinds; kind++)
                {
                    if (row.Has(kind))
                    {
                        if (_mentions.IsFull)
                        {
                            (full ??= []).Add(_mentions.TakeFull());
                        }

                        _mentions.Add(new Mention(row[kind], r, kind));
                    }
                }
            }
        }

        if (full is null)
        {
            return;
        }

        foreach (var (chunk, count) in full)
        {
            SortedRuns<Mention, MentionOrder>.Sort(chunk.AsSpan(0, count));
            lock (_lock)
            {
                _mentions.AddSorted(chunk, count);
            }
        }
    }

    /// <summary>
    /// Adds identifiers already in the linker's form (merging partial results): <paramref name="rowOffset"/> is added
    /// to each row number, so that rows of different partials stay apart. Returns the rows the batch accounts for.
    /// </summary>
    internal void AddMentions(ReadOnlySpan<(UInt128 Key, long Row, int Kind)> mentions, long rowOffset, long rows)
    {
        lock (_lock)
        {
            foreach (var (key, row, kind) in mentions)
            {
                _mentions.Add(new Mention(key, (ulong)(rowOffset + row), kind));
            }

            _rows = Math.Max(_rows, rowOffset + rows);
        }
    }

    /// <summary>Streams every identifier as (key, row, kind), sorted by kind then key (what a partial result stores).</summary>
    internal void ForEachMention(Action<UInt128, long, int> visit)
    {
        var visitor = new DelegateVisitor(visit);
        lock (_lock)
        {
            _mentions.Merge(ref visitor);
        }
    }

    /// <summary>Links the rows into persons and counts them. Call after the last <see cref="Add"/>.</summary>
    public PersonLinkCount Count()
    {
        lock (_lock)
        {
            var nodes = new NodeNumbering(_rows, _memoryBudget, _tempRoot, inMemory: !_mentions.Spilled);
            try
            {
                if (!nodes.TryNumberInParallel(_mentions))
                {
                    _mentions.Merge(ref nodes);
                }

                nodes.Finish();
                Spilled = _mentions.Spilled || nodes.Spilled;
                return Link(nodes);
            }
            finally
            {
                nodes.Dispose();
            }
        }
    }

    public void Dispose() => _mentions.Dispose();

    private static PersonLinkCount Link(NodeNumbering nodes)
    {
        var residentIds = nodes.KindStart[1];
        var passports = nodes.KindStart[Weak] - residentIds;
        var weakStart = nodes.KindStart[Weak];
        var weakCount = nodes.KindStart[PersonIdentifiers.Kinds] - weakStart;

        // Pass 1: a passport's resident ID (None, one, or Several); weaker identifiers of a row into one group.
        var passportOwner = new int[passports];
        Array.Fill(passportOwner, Owner.None);
        var parent = new int[weakCount];
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }

        var owners = new PassportsAndGroups(passportOwner, parent, residentIds, weakStart);
        nodes.ForEachRow(ref owners);

        // Pass 2: the persons each group of weaker identifiers was seen with.
        var groupOwner = new int[weakCount];
        Array.Fill(groupOwner, Owner.None);
        var groups = new GroupPersons(passportOwner, parent, groupOwner, residentIds, weakStart);
        nodes.ForEachRow(ref groups);

        long distinct = residentIds;
        long shared = 0;
        foreach (var owner in passportOwner)
        {
            distinct += owner == Owner.None ? 1 : 0;
            shared += owner == Owner.Several ? 1 : 0;
        }

        for (var i = 0; i < weakCount; i++)
        {
            if (parent[i] == i) // a root: one group
            {
                distinct += groupOwner[i] == Owner.None ? 1 : 0;
                shared += groupOwner[i] == Owner.Several ? 1 : 0;
            }
        }

        return new PersonLinkCount(distinct, shared, nodes.RowsSeen);
    }

    private static int Find(int[] parent, int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }

        return x;
    }

    private static void Union(int[] parent, int a, int b)
    {
        a = Find(parent, a);
        b = Find(parent, b);
        if (a != b)
        {
            // The smaller index wins, so that the forest does not depend on the arrival order more than it must.
            if (a < b)
            {
                parent[b] = a;
            }
            else
            {
                parent[a] = b;
            }
        }
    }

    /// <summary>Pass 1 of <see cref="Link"/>: each passport's resident IDs, and a row's weaker identifiers joined into one group.</summary>
    private readonly struct PassportsAndGroups(int[] passportOwner, int[] parent, int residentIds, int weakStart) : IRowVisitor
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Row(int resident, int passport, ReadOnlySpan<int> weak)
        {
            if (passport >= 0 && resident >= 0)
            {
                ref var owner = ref passportOwner[passport - residentIds];
                owner = Owner.Join(owner, resident);
            }

            for (var i = 1; i < weak.Length; i++)
            {
                Union(parent, weak[0] - weakStart, weak[i] - weakStart);
            }
        }
    }

    /// <summary>Pass 2 of <see cref="Link"/>: the persons (resident ID, else the passport's owner or the passport) each group was seen with.</summary>
    private readonly struct GroupPersons(int[] passportOwner, int[] parent, int[] groupOwner, int residentIds, int weakStart) : IRowVisitor
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Row(int resident, int passport, ReadOnlySpan<int> weak)
        {
            if (weak.Length == 0 || (resident < 0 && passport < 0))
            {
                return;
            }

            var person = resident >= 0 ? resident : passportOwner[passport - residentIds] switch
            {
                Owner.None => passport,
                var holder => holder,
            };
            ref var owner = ref groupOwner[Find(parent, weak[0] - weakStart)];
            owner = Owner.Join(owner, person);
        }
    }

    /// <summary>Whom an identifier or group belongs to: nobody yet, one person (a node number), or several.</summary>
    private static class Owner
    {
        public const int None = -1;
        public const int Several = -2;

        public static int Join(int owner, int person) => owner == None ? person : owner == person ? owner : Several;
    }

    private readonly struct DelegateVisitor(Action<UInt128, long, int> visit) : ISortedVisitor<Mention>
    {
        public void Visit(in Mention record) => visit(record.Key, record.Row, record.Kind);
    }
}

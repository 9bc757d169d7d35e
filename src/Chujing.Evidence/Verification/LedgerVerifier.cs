using System.Globalization;
using Chujing.Domain.Evidence.Merkle;
using Chujing.Evidence.Storage;
using Chujing.Evidence.Suites;

using Chujing.Domain.Evidence;

namespace Chujing.Evidence.Verification;

/// <summary>
/// Recomputes a log from its leaves, in log order: every leaf hash against the stored one, every stored perfect node
/// (when a node source is given), every tree head's root and signature. Fed leaf by leaf and head by head so that a
/// log of any size streams through it; stops at the first problem and remembers it. Not thread-safe.
/// </summary>
public sealed class LedgerVerifier
{
    private readonly ILedgerSuite _suite;
    private readonly byte[] _publicKey;
    private readonly MerkleHasher _hasher;
    private readonly MerkleFrontier _frontier;
    private readonly int _stride;
    private readonly Func<int, long, long, IReadOnlyList<StoredNode>>? _readNodes;
    private readonly Dictionary<int, NodeCursor> _cursors = [];
    private readonly SortedDictionary<long, TreeHead> _expected = [];
    private long _lastHeadSize = -1;
    private DateTimeOffset _lastTimestamp = DateTimeOffset.MinValue;
    private int _heads;

    /// <param name="suite">The log's suite.</param>
    /// <param name="publicKey">The key every tree head must be signed with.</param>
    /// <param name="stride">The node stride of the store (ignored without <paramref name="readNodes"/>).</param>
    /// <param name="readNodes">Reads stored nodes (level, from, to); null for a bundle, which carries no nodes.</param>
    public LedgerVerifier(ILedgerSuite suite, byte[] publicKey, int stride = LedgerMetadata.DefaultNodeStride, Func<int, long, long, IReadOnlyList<StoredNode>>? readNodes = null)
    {
        ArgumentNullException.ThrowIfNull(suite);
        ArgumentNullException.ThrowIfNull(publicKey);
        _suite = suite;
        _publicKey = publicKey;
        _hasher = new MerkleHasher(suite.Hash);
        _frontier = new MerkleFrontier(_hasher);
        _stride = stride;
        _readNodes = readNodes;
    }

    /// <summary>
    /// Adds a tree head kept from earlier (e.g. <c>ledger head --json</c> sent to a regulator): its signature must
    /// verify, and the log must still have that many leaves with that root. This is what catches a log that was cut
    /// back or rewritten wholesale and re-signed from the truncation point. Call before the first leaf.
    /// </summary>
    public bool Expect(TreeHead head)
    {
        ArgumentNullException.ThrowIfNull(head);
        var name = "given " + HeadName(head.Size);
        var check = _suite.Verify(_publicKey, head.SignedTextFor(_suite.Id), head.Signature);
        if (check != SignatureCheck.Valid)
        {
            return Fail(name, "its signature " + SignatureProblem(check));
        }

        _expected[head.Size] = head;
        return head.Size != 0 || CheckExpected();
    }

    /// <summary>
    /// True when the leaves come from a bundle, a copy made at one moment: a given tree head larger than it then means
    /// the bundle is older than the head (a receipt given since), not that leaves were removed.
    /// </summary>
    public bool IsBundle { get; init; }

    /// <summary>The leaves checked so far.</summary>
    public long Leaves => _frontier.Size;

    /// <summary>The first problem, or null.</summary>
    public (string Subject, string Failure)? Problem { get; private set; }

    /// <summary>Checks the next leaf. Returns false once a problem is known.</summary>
    public bool AddLeaf(StoredLeaf leaf)
    {
        ArgumentNullException.ThrowIfNull(leaf);
        if (Problem is not null)
        {
            return false;
        }

        var expected = _frontier.Size;
        if (leaf.Index != expected)
        {
            return Fail(LeafName(expected), Invariant($"missing; the next stored leaf is {leaf.Index}"));
        }

        var hash = _hasher.HashLeafText(leaf.Text);
        if (!hash.AsSpan().SequenceEqual(leaf.Hash))
        {
            return Fail(LeafName(expected), $"the stored leaf hash {Convert.ToHexStringLower(leaf.Hash)} is not the hash of its text ({Convert.ToHexStringLower(hash)})");
        }

        _frontier.Append(hash, _readNodes is null ? null : CheckNode);
        return Problem is null && CheckExpected();
    }

    /// <summary>Checks the next tree head; its size must be the number of leaves added so far.</summary>
    public bool AddHead(TreeHead head)
    {
        ArgumentNullException.ThrowIfNull(head);
        if (Problem is not null)
        {
            return false;
        }

        var name = HeadName(head.Size);
        if (head.Size <= _lastHeadSize)
        {
            return Fail(name, Invariant($"tree heads must grow; it follows the head of size {_lastHeadSize}"));
        }

        if (head.Timestamp < _lastTimestamp)
        {
            return Fail(name, $"its timestamp {head.TimestampText} is earlier than the previous tree head's; timestamps never go backwards");
        }

        if (head.Size != _frontier.Size)
        {
            return Fail(name, Invariant($"the log has {_frontier.Size} leaves before it"));
        }

        var root = _frontier.RootHash();
        if (!root.AsSpan().SequenceEqual(head.RootHash))
        {
            return Fail(name, $"its root hash {Convert.ToHexStringLower(head.RootHash)} is not the root of the leaves ({Convert.ToHexStringLower(root)})");
        }

        var check = _suite.Verify(_publicKey, head.SignedTextFor(_suite.Id), head.Signature);
        if (check != SignatureCheck.Valid)
        {
            return Fail(name, "the signature " + SignatureProblem(check));
        }

        _lastHeadSize = head.Size;
        _lastTimestamp = head.Timestamp;
        _heads++;
        return true;
    }

    /// <summary>Records a problem found outside the verifier (e.g. a line of a bundle that is not JSON).</summary>
    public bool Fail(string subject, string failure)
    {
        Problem ??= (subject, failure);
        return false;
    }

    /// <summary>The outcome; a log whose last leaves no tree head covers fails.</summary>
    public LedgerVerification Finish()
    {
        if (Problem is null && _frontier.Size != Math.Max(_lastHeadSize, 0))
        {
            Fail(LeafName(Math.Max(_lastHeadSize, 0)), "no signed tree head covers it");
        }

        if (Problem is null && _expected.Count > 0 && _expected.Keys.Max() > _frontier.Size)
        {
            var size = _expected.Keys.Max();
            Fail("given " + HeadName(size), IsBundle
                ? Invariant($"the receipt or tree head is newer than the bundle: the bundle holds {_frontier.Size} leaves, the tree head covers {size}, so a leaf index of {_frontier.Size} or more is not in it; export a fresh bundle (chujing ledger export, or GET /api/ledger/bundle) and verify again")
                : Invariant($"the log has only {_frontier.Size} leaves: leaves were removed"));
        }

        if (Problem is null && _heads == 0)
        {
            Fail("tree heads", "there is no signed tree head");
        }

        return new LedgerVerification(_frontier.Size, _heads, Problem?.Subject, Problem?.Failure);
    }

    internal static string LeafName(long index) => Invariant($"leaf {index}");

    internal static string HeadName(long size) => Invariant($"tree head of size {size}");

    private bool CheckExpected()
    {
        if (_expected.Count == 0 || !_expected.TryGetValue(_frontier.Size, out var head))
        {
            return true;
        }

        var root = _frontier.RootHash();
        return root.AsSpan().SequenceEqual(head.RootHash)
            || Fail("given " + HeadName(head.Size), $"the log's root at that size is {Convert.ToHexStringLower(root)}, not {Convert.ToHexStringLower(head.RootHash)}: the log was rewritten");
    }

    private void CheckNode(MerkleNode node, byte[] hash)
    {
        if (node.Level % _stride != 0 || Problem is not null)
        {
            return;
        }

        if (!_cursors.TryGetValue(node.Level, out var cursor))
        {
            cursor = new NodeCursor(_readNodes!, node.Level);
            _cursors[node.Level] = cursor;
        }

        var stored = cursor.Get(node.Index);
        var name = Invariant($"node at level {node.Level} index {node.Index}");
        if (stored is null)
        {
            Fail(name, "missing from the store");
        }
        else if (!stored.AsSpan().SequenceEqual(hash))
        {
            Fail(name, $"the stored hash {Convert.ToHexStringLower(stored)} is not the hash of the leaves below it ({Convert.ToHexStringLower(hash)})");
        }
    }

    private string SignatureProblem(SignatureCheck check) => check switch
    {
        SignatureCheck.MalformedSignature => $"is not a {_suite.Id} signature (was it made with another suite, or damaged?)",
        SignatureCheck.MalformedKey => $"cannot be checked: the log's public key is not a {_suite.Id} key",
        _ => "does not verify with the log's public key",
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    // Reads one level's stored nodes page by page, in index order, without holding a reader open between calls.
    private sealed class NodeCursor(Func<int, long, long, IReadOnlyList<StoredNode>> read, int level)
    {
        private const int PageSize = 4096;
        private IReadOnlyList<StoredNode> _page = [];
        private long _pageStart;
        private long _pageEnd;

        public byte[]? Get(long index)
        {
            if (index < _pageStart || index >= _pageEnd)
            {
                _pageStart = index;
                _pageEnd = index + PageSize;
                _page = read(level, _pageStart, _pageEnd);
            }

            var offset = (int)(index - _pageStart);
            // A sound store has every index; a gap makes the page shorter and the lookup lands elsewhere.
            return offset < _page.Count && _page[offset].Index == index ? _page[offset].Hash : _page.FirstOrDefault(n => n.Index == index).Hash;
        }
    }
}

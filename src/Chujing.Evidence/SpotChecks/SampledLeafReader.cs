using System.Globalization;
using Chujing.Domain.Evidence;
using Chujing.Domain.Evidence.Merkle;
using Chujing.Domain.SpotChecks;
namespace Chujing.Evidence.SpotChecks;

/// <summary>
/// Proves a processor's sampled leaves against the head the population committed to: the committed root is the
/// ledger's root at that size, the ledger extends the previous check's head (RFC 9162 consistency proof), and each
/// leaf is included (inclusion proof) and still names its filing. What fails becomes a finding, never a skip.
/// </summary>
public static class SampledLeafReader
{
    /// <summary>One sampled leaf that was proven: its index, filing and event.</summary>
    public sealed record ProvenLeaf(string Filing, long Leaf, ExportEvent Event);

    /// <summary>A problem found while proving: the filing and leaf (null leaf: the whole ledger), the kind, one sentence.</summary>
    public sealed record Problem(string Filing, long? Leaf, string Kind, string Detail);

    /// <summary>Proves the sampled leaves of a processor (its ledger null when it has none) against its committed head.</summary>
    public static (List<ProvenLeaf> Proven, List<Problem> Problems) Read(EvidenceLedger? ledger, PopulationProcessor processor, IReadOnlyList<SampledFiling> filings)
    {
        var proven = new List<ProvenLeaf>();
        var problems = new List<Problem>();
        var head = processor.Head;
        var committedRoot = Convert.FromHexString(head.RootHash);
        if (ledger is null || ledger.Head.Size < head.Size)
        {
            if (head.Size > 0)
            {
                foreach (var filing in filings)
                {
                    problems.Add(new Problem(filing.Filing, null, FindingKinds.LedgerRewritten, Text($"账本现有 {ledger?.Head.Size ?? 0} 条，少于抽验承诺的树头 {head.Size} 条：历史被删改。", $"The ledger now has {ledger?.Head.Size ?? 0} leaves, fewer than the committed head's {head.Size}: its history was rewritten.")));
                    problems.AddRange(filing.Leaves.Select(l => Missing(filing.Filing, l, "账本中已没有该记录。", "The leaf is no longer in the ledger.")));
                }
            }

            return (proven, problems);
        }

        var hasher = ledger.Hasher;
        var rewritten = !ledger.RootHash(head.Size).AsSpan().SequenceEqual(committedRoot)
            ? Text("账本在承诺树头大小处的根哈希与抽验时承诺的不同：历史被改写。", "The ledger's root at the committed size differs from the committed root: its history was rewritten.")
            : null;
        if (rewritten is null && processor.PreviousHead is { } previous && previous.Size > 0)
        {
            var proof = ledger.ProveConsistency(previous.Size, head.Size);
            var check = MerkleVerifier.VerifyConsistency(hasher, previous.Size, head.Size, proof, Convert.FromHexString(previous.RootHash), committedRoot);
            if (!check.IsValid)
            {
                rewritten = Text($"账本不是上次抽验树头（{previous.Size} 条，{previous.Timestamp}）的延续：{check.Message}。", $"The ledger does not extend the previous check's head ({previous.Size} leaves, {previous.Timestamp}): {check.Message}.");
            }
        }

        // Every sampled leaf's proof at once: the proofs share their upper nodes, which are read once for the check.
        var inTree = filings.SelectMany(f => f.Leaves).Where(l => l >= 0 && l < head.Size).Distinct().ToList();
        var proofs = new Dictionary<long, IReadOnlyList<byte[]>>(inTree.Count);
        var batch = ledger.ProveInclusions(inTree, head.Size);
        for (var i = 0; i < inTree.Count; i++)
        {
            proofs[inTree[i]] = batch[i];
        }

        foreach (var filing in filings)
        {
            if (rewritten is not null)
            {
                problems.Add(new Problem(filing.Filing, null, FindingKinds.LedgerRewritten, rewritten));
            }

            foreach (var leaf in filing.Leaves)
            {
                var stored = ledger.Store.ReadLeaves(leaf, 1);
                if (stored.Count == 0 || stored[0].Index != leaf || !proofs.TryGetValue(leaf, out var proof))
                {
                    problems.Add(Missing(filing.Filing, leaf, "账本中读不到该记录。", "The leaf cannot be read from the ledger."));
                    continue;
                }

                var leafHash = hasher.HashLeafText(stored[0].Text);
                var inclusion = MerkleVerifier.VerifyInclusion(hasher, leaf, head.Size, leafHash, proof, committedRoot);
                if (!inclusion.IsValid)
                {
                    problems.Add(Missing(filing.Filing, leaf, $"该记录对承诺树头的包含证明不成立：{inclusion.Message}。", $"The leaf's inclusion proof against the committed head fails: {inclusion.Message}."));
                    continue;
                }

                var parsed = ExportEvent.Parse(stored[0].Text);
                if (!parsed.IsSuccess || parsed.Value.Filing != filing.Filing)
                {
                    problems.Add(Missing(filing.Filing, leaf, "该记录已不是本备案的出境事件。", "The leaf is no longer an export event of this filing."));
                    continue;
                }

                proven.Add(new ProvenLeaf(filing.Filing, leaf, parsed.Value));
            }
        }

        return (proven, problems);
    }

    private static Problem Missing(string filing, long leaf, string zh, string en) =>
        new(filing, leaf, FindingKinds.RecordMissing, Text(zh, en) + string.Create(CultureInfo.InvariantCulture, $" (leaf {leaf})"));

    private static string Text(string zh, string en) => zh + " " + en;
}

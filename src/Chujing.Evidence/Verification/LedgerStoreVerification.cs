using System.Globalization;
using Chujing.Domain.Evidence.Merkle;
using Chujing.Evidence.Storage;

using Chujing.Domain.Evidence;

namespace Chujing.Evidence.Verification;

/// <summary>Verifies a stored log end to end (<see cref="LedgerVerifier"/>), then the RFC 9162 consistency proof between each pair of successive tree heads as the store answers it.</summary>
public static class LedgerStoreVerification
{
    private const int PageSize = 10_000;

    /// <summary>Runs every check; <paramref name="progress"/> (when given) is told the leaves checked so far.</summary>
    public static LedgerVerification Verify(EvidenceLedger ledger, Action<long, long>? progress = null, IReadOnlyList<TreeHead>? expected = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var store = ledger.Store;
        var heads = store.TreeHeads();
        var total = heads.Count == 0 ? 0 : heads[^1].Size;
        var verifier = new LedgerVerifier(ledger.Suite, ledger.Metadata.PublicKey, ledger.Metadata.NodeStride, store.ReadNodes);
        foreach (var head in expected ?? [])
        {
            verifier.Expect(head);
        }

        var nextHead = 0;
        while (nextHead < heads.Count && heads[nextHead].Size == 0)
        {
            verifier.AddHead(heads[nextHead++]);
        }

        var from = 0L;
        while (verifier.Problem is null)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = store.ReadLeaves(from, PageSize);
            if (page.Count == 0)
            {
                break;
            }

            foreach (var leaf in page)
            {
                if (!verifier.AddLeaf(leaf))
                {
                    break;
                }

                while (nextHead < heads.Count && heads[nextHead].Size == verifier.Leaves && verifier.AddHead(heads[nextHead]))
                {
                    nextHead++;
                }
            }

            from = page[^1].Index + 1;
            progress?.Invoke(verifier.Leaves, total);
        }

        if (verifier.Problem is null && nextHead < heads.Count)
        {
            verifier.AddHead(heads[nextHead]);
        }

        var result = verifier.Finish();
        if (!result.IsValid)
        {
            return result;
        }

        if (store.FirstStrayNode(total, ledger.Metadata.NodeStride, ledger.Suite.Hash.Size) is { } stray)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"node at level {stray.Level} index {stray.Index}");
            return result with
            {
                Subject = name,
                Failure = stray.HashLength != ledger.Suite.Hash.Size
                    ? string.Create(CultureInfo.InvariantCulture, $"its stored hash is {stray.HashLength} bytes, not {ledger.Suite.Hash.Size}")
                    : string.Create(CultureInfo.InvariantCulture, $"a stored node that does not belong to the tree of {total} leaves (it would make later appends fail)"),
            };
        }

        for (var i = 1; i < heads.Count; i++)
        {
            IReadOnlyList<byte[]> proof;
            try
            {
                proof = ledger.ProveConsistency(heads[i - 1].Size, heads[i].Size);
            }
            catch (Domain.Diagnostics.EnvironmentFailureException e)
            {
                return result with { Subject = LedgerVerifier.HeadName(heads[i].Size), Failure = "no consistency proof from the previous tree head: " + e.Message };
            }

            var check = MerkleVerifier.VerifyConsistency(ledger.Hasher, heads[i - 1].Size, heads[i].Size, proof, heads[i - 1].RootHash, heads[i].RootHash);
            if (!check.IsValid)
            {
                return result with { Subject = LedgerVerifier.HeadName(heads[i].Size), Failure = "not consistent with the previous tree head: " + check.Message };
            }
        }

        return result;
    }
}

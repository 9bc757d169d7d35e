using System.CommandLine;
using Chujing.Domain.Diagnostics;
using Chujing.Domain.Evidence;
using Chujing.Evidence;
using Chujing.Domain.Evidence.Merkle;
using Chujing.Evidence.Storage;

namespace Chujing.Cli.Ledger;

/// <summary>
/// <c>chujing ledger prove &lt;log&gt; --leaf &lt;index&gt; [--size N] [--json]</c> (inclusion) and
/// <c>chujing ledger prove &lt;log&gt; --old-size M [--size N] [--json]</c> (consistency), RFC 9162.
/// </summary>
internal static class LedgerProveCommand
{
    public static Command Create(CliContext context)
    {
        var log = LedgerCommand.LogArgument();
        var leaf = new Option<long?>("--leaf") { Description = "证明此叶子（从 0 起的序号）在树中 · Prove that this leaf (0-based index) is in the tree." };
        var oldSize = new Option<long?>("--old-size") { Description = "证明此大小的树是当前树的前缀 · Prove that the tree of this size is a prefix of the tree." };
        var size = new Option<long?>("--size") { Description = "据以证明的树大小；默认为最新签名树头 · The tree size to prove against; default: the latest signed tree head." };
        var json = LedgerCommand.JsonOption();
        var command = new Command("prove", "按 RFC 9162 给出包含证明（--leaf）或一致性证明（--old-size） · Inclusion (--leaf) or consistency (--old-size) proof, RFC 9162.");
        command.Arguments.Add(log);
        command.Options.Add(leaf);
        command.Options.Add(oldSize);
        command.Options.Add(size);
        command.Options.Add(json);
        command.SetAction(context, (parseResult, ct) =>
        {
            var location = parseResult.GetValue(log)!;
            var leafIndex = parseResult.GetValue(leaf);
            var old = parseResult.GetValue(oldSize);
            if (leafIndex is null == old is null)
            {
                throw new InvalidInputException(Diagnostic.ForField(null, "--leaf", "give exactly one of --leaf and --old-size"));
            }

            using var ledger = EvidenceLedger.Open(LedgerStores.Open(location, readOnly: !LedgerStores.IsPostgres(location)));
            var treeSize = parseResult.GetValue(size) ?? ledger.Head.Size;
            object document;
            IReadOnlyList<string> proof;
            string root;
            if (leafIndex is { } index)
            {
                var inclusion = InclusionProofView.Create(ledger, index, treeSize);
                (document, proof, root) = (inclusion, inclusion.Proof, inclusion.RootHash);
            }
            else
            {
                root = Convert.ToHexStringLower(ledger.RootHash(treeSize));
                var signedHead = ledger.Store.TreeHeads().FirstOrDefault(h => h.Size == treeSize);
                var head = signedHead is null ? null : SignedTreeHeadView.From(signedHead, ledger.Metadata);
                if (signedHead is not null && !signedHead.RootHash.AsSpan().SequenceEqual(Convert.FromHexString(root)))
                {
                    throw new EnvironmentFailureException($"{ledger.Store.Name}: the root computed from the stored nodes ({root}) is not the signed tree head's root for size {treeSize} ({Convert.ToHexStringLower(signedHead.RootHash)}); the store is damaged, run 'chujing ledger verify'");
                }

                var hashes = ledger.ProveConsistency(old!.Value, treeSize);
                var oldRoot = ledger.RootHash(old.Value);
                var oldHead = ledger.Store.TreeHeads().FirstOrDefault(h => h.Size == old.Value);
                var check = oldHead is not null && !oldHead.RootHash.AsSpan().SequenceEqual(oldRoot)
                    ? ProofVerification.Fail(ProofFailure.OldRootMismatch, "the old root is not the signed tree head's root for that size")
                    : MerkleVerifier.VerifyConsistency(ledger.Hasher, old.Value, treeSize, hashes, oldRoot, Convert.FromHexString(root));
                if (!check.IsValid)
                {
                    throw new EnvironmentFailureException($"{ledger.Store.Name}: the consistency proof from size {old} to {treeSize} does not verify ({check.Message}); the store is damaged, run 'chujing ledger verify'");
                }

                proof = Hex(hashes);
                document = new ConsistencyDocument("consistency", old.Value, treeSize, Convert.ToHexStringLower(ledger.RootHash(old.Value)), root, Hex(hashes), head);
            }

            if (parseResult.GetValue(json))
            {
                CliJson.Write(context.Out, document);
            }
            else
            {
                context.Out.WriteLine(leafIndex is { } i
                    ? $"记录 {i} 在大小为 {treeSize} 的树中的包含证明（根哈希 {root}） · inclusion of leaf {i} in the tree of size {treeSize} (root {root}):"
                    : $"大小 {old} 与大小 {treeSize} 的一致性证明（根哈希 {root}） · consistency of size {old} with size {treeSize} (root {root}):");
                foreach (var hash in proof)
                {
                    context.Out.WriteLine("  " + hash);
                }
            }

            return Task.FromResult(ExitCode.Ok);
        });
        return command;
    }

    private static string[] Hex(IReadOnlyList<byte[]> proof) => [.. proof.Select(Convert.ToHexStringLower)];

    private sealed record ConsistencyDocument(string Type, long OldSize, long Size, string OldRootHash, string RootHash, string[] Proof, SignedTreeHeadView? TreeHead);
}

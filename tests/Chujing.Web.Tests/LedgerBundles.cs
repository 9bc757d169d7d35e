using Chujing.Cli;
using Chujing.Evidence.Bundles;
using Chujing.Web.Evidence;
using Microsoft.Extensions.DependencyInjection;

namespace Chujing.Web.Tests;

/// <summary>Exports a processor's ledger from a node as <c>chujing ledger export</c> writes it, and verifies bundles with the ledger verb.</summary>
internal static class LedgerBundles
{
    /// <summary>Writes the bundle of <paramref name="uscc"/>'s ledger from <paramref name="node"/> to a new temp file and returns its path.</summary>
    public static async Task<string> ExportAsync(IServiceProvider node, string uscc)
    {
        var path = Path.Combine(Path.GetTempPath(), "chujing-bundle-" + Guid.NewGuid().ToString("N")[..12] + ".jsonl");
        await using var output = File.Create(path);
        var exported = await node.GetRequiredService<IEvidenceLedger>().ReadAsync(uscc, ledger =>
        {
            if (ledger is null)
            {
                return false;
            }

            LedgerBundle.Export(ledger, output);
            return true;
        }, CancellationToken.None);
        Assert.True(exported, uscc + " has no ledger");
        return path;
    }

    /// <summary>Runs <c>chujing ledger verify</c> on <paramref name="bundle"/> (with the key a receipt gave, when given) and returns its exit code and output.</summary>
    public static async Task<(int Exit, string Out, string Error)> VerifyAsync(string bundle, TimeProvider time, string? publicKey = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        string[] args = publicKey is null ? ["ledger", "verify", bundle] : ["ledger", "verify", bundle, "--public-key", publicKey];
        var exit = await ChujingCommand.RunAsync(args, new CliContext(output, error, TextReader.Null, false, time));
        return (exit, output.ToString(), error.ToString());
    }
}

using System.Net;
using Chujing.Cli;

namespace Chujing.Web.Tests;

/// <summary>Downloads a processor's ledger bundle (<c>GET /api/ledger/bundle</c>) and verifies bundles with the ledger verb.</summary>
internal static class LedgerBundles
{
    /// <summary>Downloads <paramref name="path"/> with <paramref name="client"/> to a new temp file and returns the file's path.</summary>
    public static async Task<string> DownloadAsync(HttpClient client, string path = "api/ledger/bundle")
    {
        using var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} GET {path}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/jsonl", response.Content.Headers.ContentType?.MediaType);
        var file = Path.Combine(Path.GetTempPath(), "chujing-bundle-" + Guid.NewGuid().ToString("N")[..12] + ".jsonl");
        await using var output = File.Create(file);
        await response.Content.CopyToAsync(output);
        return file;
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

    /// <summary>Downloads and verifies; returns the verifier's one line.</summary>
    public static async Task<string> DownloadAndVerifyAsync(HttpClient client, TimeProvider time, string path = "api/ledger/bundle", string? publicKey = null)
    {
        var bundle = await DownloadAsync(client, path);
        try
        {
            var verified = await VerifyAsync(bundle, time, publicKey);
            Assert.True(verified.Exit == 0, verified.Out + verified.Error);
            return verified.Out;
        }
        finally
        {
            File.Delete(bundle);
        }
    }
}

using System.Text;
using Chujing.Evidence.Bundles;
using Chujing.Evidence.Storage;
using Chujing.Evidence.Suites;
using Chujing.TestSupport;
using Microsoft.Extensions.Time.Testing;

using Chujing.Domain.Evidence;

namespace Chujing.Evidence.Tests.Bundles;

public sealed class LedgerBundleTests : IDisposable
{
    // RFC 8032 §7.1 TEST 1 key: public test data, so that Ed25519's deterministic signatures make the bundle a golden file.
    private static readonly LedgerKeyPair GoldenKey = new(
        Sha256Ed25519Suite.SuiteId,
        Convert.FromHexString("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"),
        Convert.FromHexString("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));

    private readonly string _folder = Directory.CreateTempSubdirectory("chujing-bundle-").FullName;

    private static string GoldenPath(string name) => RepositoryPaths.Of("tests", "Chujing.Evidence.Tests", "Golden", name);

    private byte[] ExportGoldenLedger()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero));
        using var ledger = EvidenceLedger.Create(LedgerStores.Open(Path.Combine(_folder, "golden.db"), create: true), LedgerSuites.Sha256Ed25519, GoldenKey, time);
        var events = File.ReadAllLines(RepositoryPaths.Of("tests", "Chujing.Domain.Tests", "Evidence", "Golden", "events.jsonl"));
        time.Advance(TimeSpan.FromSeconds(1));
        ledger.Append([.. events.Take(2).Select(e => ExportEvent.Parse(e).Value)], GoldenKey, time);
        time.Advance(TimeSpan.FromSeconds(1));
        ledger.Append([.. events.Skip(2).Select(e => ExportEvent.Parse(e).Value)], GoldenKey, time);
        using var output = new MemoryStream();
        LedgerBundle.Export(ledger, output);
        return output.ToArray();
    }

    [Fact]
    public void Export_FixedKeyAndClock_MatchesTheGoldenBundle()
    {
        var bundle = ExportGoldenLedger();
        if (Environment.GetEnvironmentVariable("CHUJING_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllBytes(GoldenPath("bundle-sha256-ed25519.jsonl"), bundle);
        }

        Assert.Equal(File.ReadAllText(GoldenPath("bundle-sha256-ed25519.jsonl")), Encoding.UTF8.GetString(bundle));
    }

    [Fact]
    public void Verify_GoldenBundleAlone_HoldsWithItsPublicKey()
    {
        using var bundle = File.OpenRead(GoldenPath("bundle-sha256-ed25519.jsonl"));
        var result = LedgerBundle.Verify(bundle, GoldenKey.PublicKey);
        Assert.True(result.IsValid, result.ToString());
        Assert.Equal(3, result.TreeHeads);
    }

    [Fact]
    public void Verify_SomeoneElsesKey_Fails()
    {
        using var bundle = File.OpenRead(GoldenPath("bundle-sha256-ed25519.jsonl"));
        var result = LedgerBundle.Verify(bundle, LedgerSuites.Sha256Ed25519.GenerateKeyPair().PublicKey);
        Assert.Equal("public key", result.Subject);
    }

    [Theory]
    [InlineData(3, "Example GmbH", "Example GmbX", "leaf 0")]
    [InlineData(4, "\"hash\":\"3", "\"hash\":\"4", "leaf 1")]
    [InlineData(4, "\"hash\":\"", "\"hash\":\"0", "line 4")]
    [InlineData(5, "\"rootHash\":\"d", "\"rootHash\":\"e", "tree head of size 2")]
    [InlineData(5, "\"size\":2", "\"size\":1", "tree head of size 1")]
    [InlineData(8, "\"signature\":\"m", "\"signature\":\"n", "tree head of size 4")]
    [InlineData(8, "\"timestamp\":\"2026", "\"timestamp\":\"2027", "tree head of size 4")]
    [InlineData(6, "persons\\\":7", "persons\\\":17", "leaf 2")]
    public void Verify_TamperedLine_FailsNamingIt(int line, string from, string to, string subject)
    {
        var lines = File.ReadAllLines(GoldenPath("bundle-sha256-ed25519.jsonl"));
        Assert.Contains(from, lines[line - 1], StringComparison.Ordinal);
        lines[line - 1] = lines[line - 1].Replace(from, to, StringComparison.Ordinal);
        using var bundle = new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n"));
        var result = LedgerBundle.Verify(bundle);
        Assert.False(result.IsValid);
        Assert.Equal(subject, result.Subject);
    }

    [Fact]
    public void Verify_DroppedLeaf_Fails()
    {
        var lines = File.ReadAllLines(GoldenPath("bundle-sha256-ed25519.jsonl")).ToList();
        lines.RemoveAt(2);
        using var bundle = new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', lines)));
        var result = LedgerBundle.Verify(bundle);
        Assert.Equal("leaf 0", result.Subject);
    }

    [Fact]
    public void Verify_TruncatedBundle_FailsAgainstTheHeaderCounts()
    {
        var lines = File.ReadAllLines(GoldenPath("bundle-sha256-ed25519.jsonl"));
        var cut = Array.FindLastIndex(lines, l => l.Contains("\"type\":\"treeHead\"", StringComparison.Ordinal) && !ReferenceEquals(l, lines[^1]));
        using var bundle = new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', lines[..(cut + 1)]) + "\n"));
        var result = LedgerBundle.Verify(bundle);
        Assert.False(result.IsValid);
        Assert.Equal("bundle", result.Subject);
        Assert.Contains("cut short", result.Failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"type\":\"leaf\"", "\"text\":\"", "\"text\":null,\"x\":\"", "text")]
    [InlineData("\"type\":\"treeHead\"", "\"size\":", "\"size\":-1,\"y\":", "size")]
    public void Verify_NullTextOrNegativeSize_FailsNamingTheField(string record, string from, string to, string field)
    {
        var lines = File.ReadAllLines(GoldenPath("bundle-sha256-ed25519.jsonl"));
        var at = Array.FindLastIndex(lines, l => l.Contains(record, StringComparison.Ordinal));
        lines[at] = lines[at].Replace(from, to, StringComparison.Ordinal);
        using var bundle = new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n"));
        var result = LedgerBundle.Verify(bundle);
        Assert.False(result.IsValid);
        Assert.Contains("'" + field + "'", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_NotABundle_IsInvalidInputNamingTheLine()
    {
        using var bundle = new MemoryStream(Encoding.UTF8.GetBytes("hello, this is not JSON\n"));
        var error = Assert.Throws<Chujing.Domain.Diagnostics.InvalidInputException>(() => LedgerBundle.Verify(bundle, source: "x.txt"));
        Assert.Equal("x.txt:1: not a Chujing ledger bundle: not a JSON object on one line", error.Diagnostics[0].ToString());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

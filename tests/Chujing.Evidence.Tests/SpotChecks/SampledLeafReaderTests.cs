using Chujing.Domain.Evidence;
using Chujing.Domain.SpotChecks;
using Chujing.Evidence;
using Chujing.Evidence.Storage;
using Chujing.Evidence.Suites;
using Chujing.Evidence.SpotChecks;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace Chujing.Evidence.Tests.SpotChecks;

/// <summary>
/// A ledger rewritten after a check is caught by the next: the committed head of the first check is the next one's
/// previous head, and a history that does not extend it fails the RFC 9162 consistency proof.
/// </summary>
public sealed class SampledLeafReaderTests : IDisposable
{
    private const string Uscc = "91110115MA01D8XK3";
    private readonly string _directory = Directory.CreateTempSubdirectory("chujing-rewrite-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 6, 1, 6, 0, 0, TimeSpan.Zero));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private static IReadOnlyList<ExportEvent> Events(params string[] recipients) =>
        [.. recipients.Select(r => ExportEvent.Parse($$"""{"processor":"{{Uscc}}{{Chujing.Domain.Identifiers.Uscc.CheckCharacter(Uscc)}}","filing":"F-2026-0001","time":"2026-05-01T08:00:00Z","recipient":"{{r}}","country":"CH","persons":1}""").Value)];

    private static PopulationHead HeadOf(EvidenceLedger ledger) => new(ledger.Head.Size, Convert.ToHexStringLower(ledger.Head.RootHash), ledger.Head.TimestampText);

    private static (PopulationProcessor Processor, SampledFiling Filing) Sampled(PopulationHead head, PopulationHead? previous, params long[] leaves) =>
        (new PopulationProcessor(Uscc, RiskClass.B, head, previous),
         new SampledFiling("F-2026-0001", Uscc, "daxing", RiskClass.B, leaves, ["o-1", "o-2"], [], DetectionGuarantee.For(head.Size, leaves.Length, SamplingRules.Default)));

    [Fact]
    public void Read_LedgerThatExtendsThePreviousHead_ProvesEveryLeaf()
    {
        var suite = LedgerSuites.Sha256Ed25519;
        var pair = suite.GenerateKeyPair();
        using var ledger = EvidenceLedger.Create(LedgerStores.Open(Path.Combine(_directory, "sound.ledger"), create: true), suite, pair, _time);
        ledger.Append(Events("A", "B"), pair, _time);
        var previous = HeadOf(ledger);
        ledger.Append(Events("C", "D"), pair, _time);
        var (processor, filing) = Sampled(HeadOf(ledger), previous, 0, 3);

        var (proven, problems) = SampledLeafReader.Read(ledger, processor, [filing]);
        Assert.Empty(problems);
        Assert.Equal([0L, 3], proven.Select(p => p.Leaf));
    }

    [Fact]
    public void Read_HistoryRewrittenAfterThePreviousCheck_IsALedgerRewrittenFinding()
    {
        var suite = LedgerSuites.Sha256Ed25519;
        var pair = suite.GenerateKeyPair();
        PopulationHead previous;
        using (var original = EvidenceLedger.Create(LedgerStores.Open(Path.Combine(_directory, "original.ledger"), create: true), suite, pair, _time))
        {
            original.Append(Events("A", "B"), pair, _time);
            previous = HeadOf(original);
        }

        // The same processor's ledger, rebuilt with leaf 1 changed and grown since.
        using var rewritten = EvidenceLedger.Create(LedgerStores.Open(Path.Combine(_directory, "rewritten.ledger"), create: true), suite, pair, _time);
        rewritten.Append(Events("A", "B-edited", "C"), pair, _time);
        var (processor, filing) = Sampled(HeadOf(rewritten), previous, 2);

        var (_, problems) = SampledLeafReader.Read(rewritten, processor, [filing]);
        Assert.Contains(problems, p => p.Kind == FindingKinds.LedgerRewritten && p.Leaf is null);
    }

    [Fact]
    public void Read_CommittedHeadNoLongerMatches_MarksTheLeavesRecordMissing()
    {
        var suite = LedgerSuites.Sha256Ed25519;
        var pair = suite.GenerateKeyPair();
        using var ledger = EvidenceLedger.Create(LedgerStores.Open(Path.Combine(_directory, "short.ledger"), create: true), suite, pair, _time);
        ledger.Append(Events("A"), pair, _time);
        var committed = new PopulationHead(5, new string('0', 64), "2026-06-01T06:00:00.000Z");
        var (processor, filing) = Sampled(committed, null, 3);

        var (_, problems) = SampledLeafReader.Read(ledger, processor, [filing]);
        Assert.Contains(problems, p => p.Kind == FindingKinds.RecordMissing && p.Leaf == 3);
        Assert.Contains(problems, p => p.Kind == FindingKinds.LedgerRewritten);
    }
}

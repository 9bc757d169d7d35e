using System.Diagnostics;
using System.Globalization;
using Chujing.Domain.Evidence;
using Chujing.Domain.Identifiers;
using Chujing.Domain.SpotChecks;
using Chujing.Evidence;
using Chujing.Evidence.SpotChecks;
using Chujing.Evidence.Storage;
using Chujing.Evidence.Suites;

namespace Chujing.Benchmarks.SpotChecks;

/// <summary>
/// <c>Chujing.Benchmarks spot-check [leaves] [dir]</c>: a check of 7 zone groups × 200 filings over one ledger of
/// <c>leaves</c> leaves (default 1,000,000): the time to freeze and hash the population, to draw 200 filings × 10
/// records with inspectors, and to prove and read the 2,000 sampled records (inclusion proofs against the committed
/// head, consistency from a previous head). Baseline in the same run: reading the same 2,000 leaves without proofs.
/// </summary>
public static class SpotCheckScale
{
    public static void Run(string[] args)
    {
        var leaves = args.Length > 1 ? long.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
        var directory = args.Length > 2 ? args[2] : Path.Combine(Path.GetTempPath(), "chujing-spotcheck-bench");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"ledger-{leaves}.db");
        var time = TimeProvider.System;
        var suite = LedgerSuites.Sha256Ed25519;
        var uscc = "91110115MA01D8XK3" + Uscc.CheckCharacter("91110115MA01D8XK3");
        const int filings = 7 * 200;
        var perFiling = leaves / filings;
        PopulationHead? previous = null;
        if (!File.Exists(path))
        {
            var build = Stopwatch.StartNew();
            var pair = suite.GenerateKeyPair();
            using var ledger = EvidenceLedger.Create(LedgerStores.Open(path + ".tmp", create: true), suite, pair, time);
            for (long start = 0; start < leaves; start += 10_000)
            {
                var batch = new List<ExportEvent>(10_000);
                for (var i = start; i < Math.Min(leaves, start + 10_000); i++)
                {
                    var filing = Math.Min(filings - 1, i / perFiling);
                    batch.Add(ExportEvent.Parse(string.Create(CultureInfo.InvariantCulture,
                        $$"""{"processor":"{{uscc}}","filing":"F-2026-{{filing:00000}}","time":"2026-05-01T08:00:00Z","recipient":"Novum Pharma AG","country":"CH","scenario":"bj-pharma-clinical-trial","fields":["medical-imaging"],"persons":1}""")).Value);
                }

                ledger.Append(batch, pair, time);
            }

            ledger.Dispose();
            File.Move(path + ".tmp", path);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"built {leaves:N0} leaves in {build.Elapsed.TotalSeconds:F1} s"));
        }

        using var log = EvidenceLedger.Open(LedgerStores.Open(path, readOnly: true));
        var half = log.Head.Size / 2;
        previous = new PopulationHead(half, Convert.ToHexStringLower(log.RootHash(half)), "2026-05-01T00:00:00.000Z");
        var head = new PopulationHead(log.Head.Size, Convert.ToHexStringLower(log.Head.RootHash), log.Head.TimestampText);

        var freeze = Stopwatch.StartNew();
        var population = new SpotCheckPopulation("SC-BENCH", null, new DateOnly(2026, 1, 1), new DateOnly(2026, 11, 30), SamplingRules.Default,
            [new PopulationProcessor(uscc, RiskClass.B, head, previous)],
            [.. Enumerable.Range(0, filings).Select(f => new PopulationFiling($"F-2026-{f:00000}", uscc, "group-" + (f % 7),
                [new LeafRange(f * perFiling, f == filings - 1 ? leaves - 1 : ((f + 1) * perFiling) - 1)]))],
            [.. Enumerable.Range(0, 7 * 6).Select(i => new PopulationInspector($"officer-{i:000}", "group-" + (i % 7), []))]);
        freeze.Stop();

        var draw = Stopwatch.StartNew();
        var sample = SpotCheckSampler.Draw(population, "126331563425354643662325-bench", new SampleSizes(200, 10)).Value;
        draw.Stop();

        var baseline = Stopwatch.StartNew();
        long bytes = 0;
        foreach (var leaf in sample.Sample.SelectMany(s => s.Leaves))
        {
            bytes += log.Store.ReadLeaves(leaf, 1)[0].Text.Length;
        }

        baseline.Stop();
        var run = Stopwatch.StartNew();
        var (proven, problems) = SampledLeafReader.Read(log, population.Processors[0], sample.Sample);
        run.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {leaves:N0} | {filings:N0} | {population.Hash[..15]}… in {freeze.Elapsed.TotalMilliseconds:F0} ms | {sample.Sample.Count} filings, {sample.Sample.Sum(s => s.Leaves.Count):N0} records, {sample.Sample.Sum(s => s.Inspectors.Count)} inspectors in {draw.Elapsed.TotalMilliseconds:F0} ms | {proven.Count:N0} proven ({problems.Count} problems) in {run.Elapsed.TotalMilliseconds:F0} ms | {baseline.Elapsed.TotalMilliseconds:F0} ms ({bytes:N0} chars) |"));
    }
}

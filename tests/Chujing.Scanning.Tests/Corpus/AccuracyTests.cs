using System.Globalization;
using System.Text;
using Chujing.Domain.Classification;
using Chujing.Domain.Detection;
using Chujing.Scanning.Csv;
using Chujing.TestSupport;
using Xunit.Abstractions;

namespace Chujing.Scanning.Tests.Corpus;

/// <summary>
/// Precision and recall of the scan on the labelled synthetic corpus (docs/scan-accuracy.md). A cell counts as found
/// as type T when its column was given T and T's detector matches the cell, which is what the report's counts say.
/// </summary>
public sealed class AccuracyTests(ITestOutputHelper output) : IDisposable
{
    private const int CommittedRows = 2000;
    private const int CommittedSeed = 11643;
    private static readonly string[] ChecksumTypes = ["cn-resident-id", "bank-card", "vin", "uscc"];
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Generator_Reproduces_TheCommittedCorpus()
    {
        var corpus = SyntheticCorpus.Generate(CommittedRows, CommittedSeed);
        Assert.Equal(File.ReadAllText(CorpusPath(".csv")), corpus.ToCsv());
        Assert.Equal(File.ReadAllText(CorpusPath(".labels.json")), corpus.ToLabelsJson());
    }

    [Theory]
    [InlineData(CommittedRows, CommittedSeed)]
    [InlineData(50_000, 7)]
    public void Scan_LabelledCorpus_HasPrecisionAndRecallOneOnChecksumTypesAndFlagsNoDecoy(int rows, int seed)
    {
        var corpus = SyntheticCorpus.Generate(rows, seed);
        var path = _files.Write("corpus.csv", Encoding.UTF8.GetBytes(corpus.ToCsv()));
        using var reader = CsvTableReader.Open(path);
        var report = Scanner.Scan(reader, new ScanOptions());

        for (var c = 0; c < corpus.Columns.Length; c++)
        {
            var types = report.Columns[c].Types.Select(t => t.Type).ToList();
            if (corpus.Truth[c] is null)
            {
                Assert.True(types.Count == 0, corpus.Columns[c] + " is a decoy but was given " + string.Join(", ", types));
            }
        }

        var lines = new List<string> { "| type | cells | true positives | false positives | false negatives | precision | recall |", "|---|---:|---:|---:|---:|---:|---:|" };
        foreach (var type in DetectorSet.All.Select(d => d.Id).Where(id => corpus.Truth.Contains(id)))
        {
            var (tp, fp, fn) = Count(corpus, report, type);
            var precision = tp + fp == 0 ? 1 : (double)tp / (tp + fp);
            var recall = tp + fn == 0 ? 1 : (double)tp / (tp + fn);
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"| {type} | {tp + fn} | {tp} | {fp} | {fn} | {precision:F4} | {recall:F4} |"));
            if (ChecksumTypes.Contains(type))
            {
                Assert.True(precision == 1 && recall == 1, string.Create(CultureInfo.InvariantCulture, $"{type}: precision {precision}, recall {recall}"));
            }
        }

        Assert.Equal(corpus.DistinctPersons, report.Persons.Distinct);
        output.WriteLine(string.Join('\n', lines));
    }

    private static (long Tp, long Fp, long Fn) Count(SyntheticCorpus corpus, ScanReport report, string type)
    {
        var detector = DetectorSet.Find(type)!;
        long tp = 0, fp = 0, fn = 0;
        for (var c = 0; c < corpus.Columns.Length; c++)
        {
            var given = report.Columns[c].Types.Any(t => t.Type == type);
            for (var r = 0; r < corpus.Rows.Count; r++)
            {
                var truth = corpus.Truth[c] == type && corpus.Valid[r][c];
                var found = given && detector.Detect(corpus.Rows[r][c]) == DetectorMatch.Match;
                tp += truth && found ? 1 : 0;
                fp += !truth && found ? 1 : 0;
                fn += truth && !found ? 1 : 0;
            }
        }

        return (tp, fp, fn);
    }

    private static string CorpusPath(string extension) =>
        RepositoryPaths.Of("tests", "Chujing.Scanning.Tests", "Corpus", "labelled-" + CommittedRows.ToString(CultureInfo.InvariantCulture) + extension);
}

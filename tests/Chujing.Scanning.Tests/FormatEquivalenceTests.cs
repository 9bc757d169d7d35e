using Chujing.Domain.Classification;
using Chujing.Scanning.Tests.Corpus;

namespace Chujing.Scanning.Tests;

/// <summary>
/// The "done when": the same data as GB18030 CSV, XLSX, JSON Lines, Parquet, an SQLite table and a PostgreSQL
/// table (a real server) gives the same column types and the same distinct-person count.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class FormatEquivalenceTests(PostgresFixture postgres) : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Scan_SameDataInEveryFormat_GivesTheSameTypesAndDistinctCount()
    {
        var corpus = SyntheticCorpus.Generate(2500, seed: 3);
        var csv = _files.PathOf("customers.csv");
        var xlsx = _files.PathOf("customers.xlsx");
        var jsonl = _files.PathOf("customers.jsonl");
        var parquet = _files.PathOf("customers.parquet");
        var sqlite = _files.PathOf("customers.db");
        CorpusWriter.Gb18030Csv(corpus, csv);
        CorpusWriter.Xlsx(corpus, xlsx);
        CorpusWriter.Jsonl(corpus, jsonl);
        await CorpusWriter.ParquetAsync(corpus, parquet);
        CorpusWriter.Sqlite(corpus, sqlite, "customers");
        var pg = postgres.Server.CreateDatabase("scan");
        CorpusWriter.Postgres(corpus, pg, "customers");

        var reports = new Dictionary<string, ScanReport>(StringComparer.Ordinal)
        {
            ["csv"] = Scan(csv, new TableSourceOptions()),
            ["xlsx"] = Scan(xlsx, new TableSourceOptions()),
            ["jsonl"] = Scan(jsonl, new TableSourceOptions()),
            ["parquet"] = Scan(parquet, new TableSourceOptions()),
            ["sqlite"] = Scan(sqlite, new TableSourceOptions { Table = "customers" }),
            ["postgres"] = Scan(pg, new TableSourceOptions { Table = "customers" }),
        };

        var expected = Signature(reports["csv"]);
        Assert.Equal("csv", reports["csv"].Format);
        for (var c = 0; c < corpus.Columns.Length; c++)
        {
            Assert.Equal(corpus.Truth[c] is null ? string.Empty : corpus.Truth[c], expected[c].Split('=')[1]);
        }

        foreach (var (format, report) in reports)
        {
            Assert.Equal(format, report.Format);
            Assert.True(corpus.Rows.Count == report.Rows, format + ": " + report.Rows + " rows");
            Assert.True(expected.SequenceEqual(Signature(report)), format + ": " + string.Join(", ", Signature(report)));
            Assert.True(corpus.DistinctPersons == report.Persons.Distinct, format + ": " + report.Persons.Distinct + " persons");
        }
    }

    private static ScanReport Scan(string source, TableSourceOptions options)
    {
        using var reader = TableSource.Open(source, options);
        return Scanner.Scan(reader, new ScanOptions());
    }

    private static List<string> Signature(ScanReport report) =>
        [.. report.Columns.Select(c => c.Name + "=" + string.Join('+', c.Types.Select(t => t.Type)))];
}

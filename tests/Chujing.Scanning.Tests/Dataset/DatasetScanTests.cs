using Chujing.Domain.Classification;
using Chujing.Scanning.Dataset;
using Chujing.Scanning.Persons;
using Chujing.Scanning.Tests.Corpus;

namespace Chujing.Scanning.Tests.Dataset;

public sealed class DatasetScanTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Scan_AFolderOfPartsOfOneTable_EqualsTheScanOfTheConcatenatedFile()
    {
        var corpus = SyntheticCorpus.Generate(6_000, seed: 21);
        var csv = corpus.ToCsv();
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0];
        var whole = _files.Write("whole.csv", System.Text.Encoding.UTF8.GetBytes(csv));
        var dir = _files.PathOf("parts");
        // Parts in nested folders; lake markers and hidden files are skipped.
        var parts = new[] { (1, 2_500, "a/2026-01.csv"), (2_501, 2_000, "a/2026-02.csv"), (4_501, 1_500, "b/c/2026-03.csv") };
        foreach (var (start, count, name) in parts)
        {
            var path = Path.Combine(dir, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, header + "\n" + string.Join('\n', lines.Skip(start).Take(count)) + "\n");
        }

        File.WriteAllText(Path.Combine(dir, "_SUCCESS"), string.Empty);
        File.WriteAllText(Path.Combine(dir, "a", ".part.csv.crc"), "x");
        File.WriteAllText(Path.Combine(dir, "a", "_tmp.csv"), header + "\n");

        var options = new ScanOptions();
        ScanReport single;
        using (var reader = TableSource.Open(whole, new TableSourceOptions()))
        {
            single = Scanner.Scan(reader, options);
        }

        var report = ScanDirectory(dir, options);
        Assert.Equal(["parts/a/2026-01.csv", "parts/a/2026-02.csv", "parts/b/c/2026-03.csv"], report.Files!.Select(f => Path.GetRelativePath(_files.Root, f.Path).Replace('\\', '/')));
        Assert.Equal(single.Rows, report.Rows);
        Assert.Equal((single.Persons.Distinct, single.Persons.Shared, single.Persons.RowsIdentified), (report.Persons.Distinct, report.Persons.Shared, report.Persons.RowsIdentified));
        Assert.Equal(single.Persons.Identifiers, report.Persons.Identifiers);
        Assert.Equal(Describe(single.Columns), Describe(report.Columns));
        Assert.Equal(corpus.DistinctPersons, report.Persons.Distinct);
        Assert.Equal([2_500L, 2_000L, 1_500L], report.Files!.Select(f => f.Rows));
    }

    [Fact]
    public void Scan_HivePartitionFolders_BecomeColumnsOfTheirFiles()
    {
        var dir = _files.PathOf("lake");
        var rows = new[] { ("dt=2026-01-01/region=bj", "张三,11010519491231002X\n李四,440304199001011233\n"), ("dt=2026-01-02/region=sh%20pd", "张三,11010519491231002X\n") };
        foreach (var (folder, body) in rows)
        {
            Directory.CreateDirectory(Path.Combine(dir, folder));
            File.WriteAllText(Path.Combine(dir, folder, "part-0.csv"), "姓名,身份证号\n" + body);
        }

        var report = ScanDirectory(dir, new ScanOptions());
        Assert.Equal(3, report.Rows);
        Assert.Equal(2, report.Persons.Distinct);
        Assert.Equal(new Dictionary<string, string> { ["dt"] = "2026-01-02", ["region"] = "sh pd" }, report.Files![1].Partition);
        Assert.Equal(["姓名", "身份证号", "dt", "region"], report.Columns.Select(c => c.Name));
        Assert.Equal(3, report.Columns.Single(c => c.Name == "dt").Values);
        Assert.Equal(["姓名", "身份证号", "dt", "region"], report.Files[0].Columns.Select(c => c.Name));
    }

    [Fact]
    public void Find_AFolderWithoutSupportedFiles_IsRefusedNamingIt()
    {
        var dir = _files.PathOf("empty");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "notes.md"), "x");
        var error = Assert.Throws<Chujing.Domain.Diagnostics.InvalidInputException>(() => DatasetFiles.Find(dir));
        Assert.Contains(dir, error.Message, StringComparison.Ordinal);
    }

    private static ScanReport ScanDirectory(string dir, ScanOptions options)
    {
        var files = DatasetFiles.Find(dir);
        using var linker = new PersonLinker(options.PersonMemoryBudget);
        var scans = DatasetScanner.Scan(files, options, new PersonKeyHasher(), linker, null, CancellationToken.None);
        return DatasetScanner.Report(dir, scans, Scanner.Persons(linker, [], scans.Sum(s => s.RowsIdentified), options), options);
    }

    private static List<string> Describe(IReadOnlyList<ColumnReport> columns) =>
        [.. columns.Select(c => c.Name + " " + c.Values + " " + c.Sensitive + ": "
            + string.Join("; ", c.Types.Select(t => $"{t.Type} {t.Matches} {t.Suspect} {t.Ratio} {t.SuspectReason}"))
            + " | weak " + string.Join("; ", c.Weak.Select(t => $"{t.Type} {t.Matches} {t.Suspect} {t.Ratio}")))];
}

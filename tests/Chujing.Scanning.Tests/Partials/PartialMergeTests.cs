using System.Text.Json;
using Chujing.Domain.Classification;
using Chujing.Domain.Diagnostics;
using Chujing.Scanning.Dataset;
using Chujing.Scanning.Partials;
using Chujing.Scanning.Persons;
using Chujing.Scanning.Tests.Corpus;
using FsCheck;
using FsCheck.Xunit;

namespace Chujing.Scanning.Tests.Partials;

/// <summary>Partial results merged give exactly the report of one scan of all their inputs, for any split.</summary>
public sealed class PartialMergeTests : IClassFixture<PartialMergeTests.Lake>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Lake _lake;

    public PartialMergeTests(Lake lake) => _lake = lake;

    [Property(MaxTest = 25)]
    public bool Merge_OfPartialsOfAnySplitOfTheFiles_EqualsTheSingleScan(NonEmptyArray<byte> assignment)
    {
        // File i goes to part assignment[i % length] % 4; empty parts write no partial.
        var files = _lake.Files;
        var groups = Enumerable.Range(0, files.Count).GroupBy(i => assignment.Get[i % assignment.Get.Length] % 4).ToList();
        var paths = new List<string>();
        foreach (var group in groups)
        {
            var path = Path.Combine(_lake.Temp.Root, "part-" + Guid.NewGuid().ToString("N")[..8] + ".partial");
            using var linker = new PersonLinker(_lake.Options.PersonMemoryBudget);
            var scans = DatasetScanner.Scan([.. group.Select(i => files[i])], _lake.Options, _lake.Key.Hasher(PersonKeyAlgorithm.SipHash), linker, null, CancellationToken.None);
            PartialMerge.Write(path, scans, linker, _lake.Key, _lake.Options);
            paths.Add(path);
        }

        var merged = JsonSerializer.Serialize(PartialMerge.Merge([.. paths.AsEnumerable().Reverse()], new ScanOptions(), _lake.Key), Json);
        foreach (var path in paths)
        {
            File.Delete(path);
        }

        return merged == _lake.SingleScan;
    }

    [Fact]
    public void Merge_ATruncatedPartial_IsRefusedNamingTheFile()
    {
        var path = WritePartial(_lake.Key);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length * 2 / 3)]);
        var error = Assert.Throws<InvalidInputException>(() => PartialMerge.Merge([path], new ScanOptions(), _lake.Key));
        Assert.Equal(path, error.Diagnostics[0].Source);
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_PartialsUnderAnotherKey_AreRefusedNamingTheFile()
    {
        var mine = WritePartial(_lake.Key, 0);
        var other = WritePartial(PersonKeyMaterial.From(null, new string('b', 64))!, 1);
        var error = Assert.Throws<InvalidInputException>(() => PartialMerge.Merge([mine, other], new ScanOptions(), null));
        Assert.Equal(other, error.Diagnostics[0].Source);
        Assert.Contains("different person key", error.Message, StringComparison.Ordinal);
        error = Assert.Throws<InvalidInputException>(() => PartialMerge.Merge([mine], new ScanOptions(), PersonKeyMaterial.From(null, new string('c', 64))));
        Assert.Equal(mine, error.Diagnostics[0].Source);
    }

    [Fact]
    public void Merge_APartialOfAnotherVersion_IsRefusedNamingTheFile()
    {
        var path = WritePartial(_lake.Key);
        var bytes = File.ReadAllBytes(path);
        var newline = Array.IndexOf(bytes, (byte)'\n');
        File.WriteAllBytes(path, [.. "chujing-scan-partial 2"u8.ToArray(), .. bytes[newline..]]);
        var error = Assert.Throws<InvalidInputException>(() => PartialMerge.Merge([path], new ScanOptions(), _lake.Key));
        Assert.Equal(path, error.Diagnostics[0].Source);
        Assert.Contains("version '2'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_TheSameFileInTwoPartials_IsRefused()
    {
        var a = WritePartial(_lake.Key, 0);
        var b = WritePartial(_lake.Key, 0);
        var error = Assert.Throws<InvalidInputException>(() => PartialMerge.Merge([a, b], new ScanOptions(), _lake.Key));
        Assert.Contains("each file may be in one partial only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PersonKey_ShorterThan32Bytes_IsRefused()
    {
        var error = Assert.Throws<InvalidInputException>(() => PersonKeyMaterial.From(null, new string('a', 62)));
        Assert.Contains("at least 32", error.Message, StringComparison.Ordinal);
        Assert.Equal(PersonKeyMaterial.EnvironmentVariable, error.Diagnostics[0].Source);
    }

    private string WritePartial(PersonKeyMaterial key, int file = 0)
    {
        var path = Path.Combine(_lake.Temp.Root, "one-" + Guid.NewGuid().ToString("N")[..8] + ".partial");
        using var linker = new PersonLinker(64L << 20);
        var scans = DatasetScanner.Scan([_lake.Files[file]], _lake.Options, key.Hasher(PersonKeyAlgorithm.SipHash), linker, null, CancellationToken.None);
        PartialMerge.Write(path, scans, linker, key, _lake.Options);
        return path;
    }

    /// <summary>Seven files of one corpus in partition folders, and the JSON of one scan of them all.</summary>
    public sealed class Lake : IDisposable
    {
        public Lake()
        {
            var corpus = SyntheticCorpus.Generate(3_500, seed: 33);
            var lines = corpus.ToCsv().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var dir = Temp.PathOf("lake");
            for (var i = 0; i < 7; i++)
            {
                var folder = Path.Combine(dir, "dt=2026-11-0" + (1 + (i % 3)), "region=r" + (i % 2));
                Directory.CreateDirectory(folder);
                // Later parts repeat persons of earlier ones (the corpus repeats customers), so persons link across files.
                File.WriteAllText(Path.Combine(folder, "part-" + i + ".csv"), lines[0] + "\n" + string.Join('\n', lines.Skip(1 + (i * 500)).Take(500)) + "\n");
            }

            Files = DatasetFiles.Find(dir);
            using var linker = new PersonLinker(Options.PersonMemoryBudget);
            var scans = DatasetScanner.Scan(Files, Options, Key.Hasher(PersonKeyAlgorithm.SipHash), linker, null, CancellationToken.None);
            SingleScan = JsonSerializer.Serialize(DatasetScanner.Report(dir, scans, Scanner.Persons(linker, [], scans.Sum(s => s.RowsIdentified), Options), Options), Json);
        }

        public TempFiles Temp { get; } = new();

        public ScanOptions Options { get; } = new() { AsOf = new DateOnly(2026, 12, 1) };

        public PersonKeyMaterial Key { get; } = PersonKeyMaterial.From(null, new string('a', 64))!;

        public IReadOnlyList<DatasetFile> Files { get; }

        public string SingleScan { get; }

        public void Dispose() => Temp.Dispose();
    }
}

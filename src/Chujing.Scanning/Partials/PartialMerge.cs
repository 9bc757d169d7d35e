using System.Globalization;
using Chujing.Domain.Classification;
using Chujing.Domain.Diagnostics;
using Chujing.Scanning.Dataset;
using Chujing.Scanning.Persons;

namespace Chujing.Scanning.Partials;

/// <summary>
/// Writes partial results and merges them into the report one scan of all their inputs gives: the files' tallies are
/// put in path order and decided together, and every partial's identifiers go into one person linker (rows of each
/// partial numbered apart). Partials keyed differently, made on different days or with another key function, and
/// files present in two partials are refused.
/// </summary>
public static class PartialMerge
{
    /// <summary>Writes the partial of a finished scan: <paramref name="files"/> and the linker's identifiers.</summary>
    public static void Write(string path, IReadOnlyList<TableScan> files, PersonLinker linker, PersonKeyMaterial key, ScanOptions options)
    {
        ArgumentNullException.ThrowIfNull(linker);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(options);
        long mentions = 0;
        linker.ForEachMention((_, _, _) => mentions++);
        var header = new ScanPartial(PartialFile.Version, key.Fingerprint, KeyFunction(options), options.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), linker.Rows, mentions, files);
        PartialFile.Write(path, header, linker);
    }

    /// <summary>The report of all <paramref name="paths"/> together. Bad partials throw <see cref="InvalidInputException"/> naming the file.</summary>
    public static ScanReport Merge(IReadOnlyList<string> paths, ScanOptions options, PersonKeyMaterial? key)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        using var linker = new PersonLinker(options.PersonMemoryBudget);
        var files = new List<(TableScan Scan, string Partial)>();
        ScanPartial? first = null;
        string? firstPath = null;
        long offset = 0;
        var batch = new List<(UInt128, long, int)>(4096);
        foreach (var path in paths)
        {
            var rowOffset = offset;
            var header = PartialFile.Read(path, h =>
            {
                if (key is not null && h.KeyFingerprint != key.Fingerprint)
                {
                    throw Bad(path, "keyed with a different person key than the one given (" + PersonKeyMaterial.EnvironmentVariable + " or --person-key-file): partials keyed differently cannot be merged");
                }

                if (first is not null)
                {
                    if (h.KeyFingerprint != first.KeyFingerprint)
                    {
                        throw Bad(path, "keyed with a different person key than " + firstPath + ": partials keyed differently cannot be merged");
                    }

                    if (h.KeyFunction != first.KeyFunction)
                    {
                        throw Bad(path, "counted with " + h.KeyFunction + ", " + firstPath + " with " + first.KeyFunction + ": use one --person-key for every part");
                    }

                    if (h.AsOf != first.AsOf)
                    {
                        throw Bad(path, "scanned on " + h.AsOf + ", " + firstPath + " on " + first.AsOf + ": scan every part on the same day");
                    }
                }

                if (rowOffset + h.Rows > uint.MaxValue)
                {
                    throw Bad(path, "more than 4,294,967,295 identified rows in all: merge fewer partials at a time");
                }
            }, (k, row, kind) =>
            {
                batch.Add((k, row, kind));
                if (batch.Count == batch.Capacity)
                {
                    linker.AddMentions(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(batch), rowOffset, 0);
                    batch.Clear();
                }
            });
            linker.AddMentions(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(batch), rowOffset, header.Rows);
            batch.Clear();
            offset += header.Rows;
            first ??= header;
            firstPath ??= path;
            files.AddRange(header.Files.Select(f => (f, path)));
        }

        if (first is null)
        {
            throw new InvalidInputException(Diagnostic.ForField(null, "partials", "give at least one partial result"));
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Scan.Source, b.Scan.Source));
        for (var i = 1; i < files.Count; i++)
        {
            if (files[i].Scan.Source == files[i - 1].Scan.Source)
            {
                throw Bad(files[i].Partial, "also holds " + files[i].Scan.Source + ", which " + files[i - 1].Partial + " holds: each file may be in one partial only");
            }
        }

        var merged = options with
        {
            AsOf = first.AsOf is null ? null : DateOnly.ParseExact(first.AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            PersonKey = first.KeyFunction == "hmac-sha256-128" ? PersonKeyAlgorithm.HmacSha256 : PersonKeyAlgorithm.SipHash,
        };
        var scans = files.Select(f => f.Scan).ToList();
        var persons = Scanner.Persons(linker, [], scans.Sum(s => s.RowsIdentified), merged);
        return DatasetScanner.Report(CommonFolder(scans.Select(s => s.Source)), scans, persons, merged);
    }

    /// <summary>The folder all <paramref name="sources"/> lie in ('/' separated), as a scan of that folder names itself.</summary>
    public static string CommonFolder(IEnumerable<string> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        string[]? common = null;
        foreach (var source in sources)
        {
            var folders = source.Split('/')[..^1];
            if (common is null)
            {
                common = folders;
                continue;
            }

            var n = 0;
            while (n < common.Length && n < folders.Length && common[n] == folders[n])
            {
                n++;
            }

            common = common[..n];
        }

        return common is null || common.Length == 0 ? "." : string.Join('/', common);
    }

    private static string KeyFunction(ScanOptions options) => options.PersonKey == PersonKeyAlgorithm.HmacSha256 ? "hmac-sha256-128" : "siphash-2-4-128";

    private static InvalidInputException Bad(string path, string message) => new(new Diagnostic(path, 0, 0, null, message));
}

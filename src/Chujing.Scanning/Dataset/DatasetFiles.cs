using Chujing.Domain.Diagnostics;

namespace Chujing.Scanning.Dataset;

/// <summary>
/// The files of a dataset folder: every CSV, TSV, JSON Lines, XLSX and Parquet file below it, in ordinal order of their
/// paths, skipping hidden files and folders and the markers of data-lake writers (names starting with '.' or '_',
/// such as <c>_SUCCESS</c>). Folders named <c>key=value</c> (Hive-style partitions) give each file below them a column
/// <c>key</c> whose value is <c>value</c> (percent-decoded).
/// </summary>
public static class DatasetFiles
{
    /// <summary>At most this many files are scanned as one dataset.</summary>
    public const int MaxFiles = 100_000;

    private static readonly string[] Extensions = [".csv", ".tsv", ".jsonl", ".ndjson", ".xlsx", ".xlsm", ".parquet"];

    /// <summary>The dataset's files below <paramref name="directory"/>. Bad input throws <see cref="InvalidInputException"/>.</summary>
    public static IReadOnlyList<DatasetFile> Find(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var root = Path.GetFullPath(directory);
        var found = new List<DatasetFile>();
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        foreach (var path in Directory.EnumerateFiles(root, "*", options))
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            var segments = relative.Split('/');
            if (segments.Any(s => s.StartsWith('.') || s.StartsWith('_')) || !Extensions.Contains(Path.GetExtension(path).ToLowerInvariant()))
            {
                continue;
            }

            if (found.Count == MaxFiles)
            {
                throw new InvalidInputException(new Diagnostic(directory, 0, 0, null, $"more than {MaxFiles} files: scan its folders separately (--partial) and merge them"));
            }

            var display = directory.TrimEnd('/', '\\').Replace('\\', '/') + "/" + relative;
            // Partition folders count from the folder as given, so that scanning one partition keeps its keys.
            var folders = display.Split('/');
            found.Add(new DatasetFile(path, display, relative, Partition(folders[..^1])));
        }

        if (found.Count == 0)
        {
            throw new InvalidInputException(new Diagnostic(directory, 0, 0, null, "no CSV, TSV, JSON Lines, XLSX or Parquet file below this folder"));
        }

        found.Sort((a, b) => string.CompareOrdinal(a.Relative, b.Relative));
        return found;
    }

    private static Dictionary<string, string>? Partition(string[] folders)
    {
        Dictionary<string, string>? partition = null;
        foreach (var folder in folders)
        {
            var equals = folder.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && equals < folder.Length - 1)
            {
                partition ??= new Dictionary<string, string>(StringComparer.Ordinal);
                partition[Uri.UnescapeDataString(folder[..equals])] = Uri.UnescapeDataString(folder[(equals + 1)..]);
            }
        }

        return partition;
    }
}

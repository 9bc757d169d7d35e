using System.Text.RegularExpressions;
using Chujing.TestSupport;

using Chujing.Domain.Evidence;

namespace Chujing.Evidence.Tests.Storage;

/// <summary>The evidence code has no update or delete path: no SQL in it changes or removes a stored row.</summary>
public sealed partial class AppendOnlySourceTests
{
    [Fact]
    public void EvidenceSources_ContainNoUpdateDeleteOrTruncateStatement()
    {
        var offenders = Directory.EnumerateFiles(RepositoryPaths.Of("src", "Chujing.Evidence"), "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, number: i + 1)))
            .Where(x => MutatingSql().IsMatch(x.line))
            .Select(x => $"{Path.GetFileName(x.file)}:{x.number}: {x.line.Trim()}")
            .ToList();
        Assert.Empty(offenders);
    }

    // UPDATE … SET, DELETE FROM, TRUNCATE <table>, INSERT OR REPLACE, ON CONFLICT … DO UPDATE; the triggers that
    // refuse them ("BEFORE UPDATE ON", "BEFORE UPDATE OR DELETE OR TRUNCATE ON") do not match.
    [GeneratedRegex(@"\bUPDATE\s+[\w.]+\s+SET\b|\bDELETE\s+FROM\b|\bTRUNCATE\s+(?!ON\b)\w|\bOR\s+REPLACE\s+INTO\b|\bDO\s+UPDATE\b|\bREPLACE\s+INTO\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MutatingSql();
}

namespace Chujing.ArchitectureTests;

/// <summary>A namespace names one place: it never spans two assemblies.</summary>
public sealed class NamespaceTests
{
    [Fact]
    public void EveryNamespace_LivesInOneAssembly()
    {
        var spans = Assemblies.All
            .SelectMany(a => Assemblies.SourceTypes(a).Select(t => (t.Namespace!, Assembly: a.GetName().Name!)))
            .Distinct()
            .GroupBy(x => x.Item1, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(x => x.Assembly))}")
            .ToList();
        Assert.True(spans.Count == 0, "namespaces in two assemblies:" + Environment.NewLine + string.Join(Environment.NewLine, spans));
    }

    [Fact]
    public void EveryNamespace_StartsWithItsProjectsName()
    {
        var misplaced = Assemblies.All
            .SelectMany(a => Assemblies.SourceTypes(a).Where(t => !InProject(t.Namespace!, Project(a))).Select(t => $"{t.FullName} in {Project(a)}"))
            .ToList();
        Assert.True(misplaced.Count == 0, string.Join(Environment.NewLine, misplaced));
    }

    // The CLI's assembly is named after the command (chujing); its project is Chujing.Cli.
    private static string Project(System.Reflection.Assembly assembly) => assembly.GetName().Name == "chujing" ? "Chujing.Cli" : assembly.GetName().Name!;

    private static bool InProject(string ns, string project) => ns == project || ns.StartsWith(project + ".", StringComparison.Ordinal);
}

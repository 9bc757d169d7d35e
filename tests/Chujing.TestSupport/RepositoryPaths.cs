namespace Chujing.TestSupport;

/// <summary>Locates files of this repository from a test's output folder.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The repository root (the folder holding <c>Chujing.slnx</c>).</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>The shipped catalogs folder.</summary>
    public static string Catalogs => Path.Combine(Root, "catalogs");

    /// <summary>A path relative to the repository root.</summary>
    public static string Of(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Chujing.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Chujing.slnx not found above " + AppContext.BaseDirectory);
    }
}

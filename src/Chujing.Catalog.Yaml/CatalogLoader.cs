using System.Security.Cryptography;
using System.Text;
using Chujing.Domain.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

using Chujing.Domain.Catalog;

namespace Chujing.Catalog.Yaml;

/// <summary>
/// Loads catalog editions from YAML: parse → validate (structure, cross-references, duplicate ids, band order) →
/// build. Returns every diagnostic of every file at once, or the whole set; never a partial set.
/// </summary>
/// <remarks>Thread-safe: no shared state.</remarks>
public static class CatalogLoader
{
    /// <summary>The catalogs that ship with the program (copied beside the executable).</summary>
    public static string ShippedDirectory => Path.Combine(AppContext.BaseDirectory, "catalogs");

    /// <summary>
    /// Loads every <c>&lt;jurisdiction&gt;/&lt;edition&gt;.yaml</c> under each root. An edition id defined twice
    /// in the given roots is an error.
    /// </summary>
    public static Result<CatalogSet> LoadDirectories(IEnumerable<string> roots) => Load(roots, []);

    /// <summary>
    /// Loads the shipped catalogs and then the user's: an edition of <paramref name="userRoots"/> with the id of a
    /// shipped one replaces it (for example the official text of a list); the set's <see cref="CatalogSet.Replaced"/>
    /// says which. Two user editions with one id are an error. A user's folder may also hold an edition file directly
    /// (as the platform exports it, under any file name), and a user's edition may supersede one that is not loaded
    /// (an edition the platform published earlier): <see cref="CatalogSet.Unresolved"/> says which.
    /// </summary>
    public static Result<CatalogSet> LoadShippedAnd(IEnumerable<string> userRoots) => Load([ShippedDirectory], userRoots);

    private static Result<CatalogSet> Load(IEnumerable<string> roots, IEnumerable<string> userRoots)
    {
        var (shipped, shippedDiagnostics) = LoadRoots(roots, standalone: false);
        var (user, userDiagnostics) = LoadRoots(userRoots, standalone: true);
        var diagnostics = shippedDiagnostics.Concat(userDiagnostics).ToList();
        if (diagnostics.Count > 0)
        {
            return Result<CatalogSet>.Failure(diagnostics);
        }

        var userIds = user.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var replaced = shipped.Where(e => userIds.Contains(e.Id)).Select(e => e.Id).Distinct(StringComparer.Ordinal).ToArray();
        var created = CatalogSet.Create(shipped.Where(e => !userIds.Contains(e.Id)).Concat(user), userIds);
        return created.IsSuccess ? Result<CatalogSet>.Success(created.Value.WithReplaced(replaced)) : created;
    }

    /// <param name="standalone">True for the user's folders, which may also hold edition files directly.</param>
    private static (List<CatalogEdition> Editions, List<Diagnostic> Diagnostics) LoadRoots(IEnumerable<string> roots, bool standalone)
    {
        var editions = new List<CatalogEdition>();
        var diagnostics = new List<Diagnostic>();
        foreach (var root in roots)
        {
            if (File.Exists(root))
            {
                diagnostics.Add(new Diagnostic(Display(root), 0, 0, null, "is a file; --catalog-dir takes a folder holding edition files (<jurisdiction>/<edition>.yaml, or directly in the folder)"));
                continue;
            }

            if (!Directory.Exists(root))
            {
                diagnostics.Add(new Diagnostic(Display(root), 0, 0, null, "catalog directory not found"));
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                var parts = relative.Split('/');
                if (parts.Length == 1 && standalone)
                {
                    // An edition file dropped in as downloaded: its id is its own, whatever the file is called.
                    Collect(LoadText(File.ReadAllText(file, Encoding.UTF8), Display(file), null), editions, diagnostics);
                    continue;
                }

                if (parts.Length != 2)
                {
                    diagnostics.Add(new Diagnostic(Display(file), 0, 0, null, "a catalog file must sit at <jurisdiction>/<edition>.yaml"));
                    continue;
                }

                var expectedId = parts[0] + "/" + Path.GetFileNameWithoutExtension(parts[1]);
                Collect(LoadText(File.ReadAllText(file, Encoding.UTF8), Display(file), expectedId), editions, diagnostics);
            }
        }

        foreach (var group in editions.GroupBy(e => e.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            diagnostics.Add(new Diagnostic(group.ElementAt(1).SourcePath, 0, 0, group.Key,
                $"edition '{group.Key}' is defined twice: {string.Join(" and ", group.Select(e => e.SourcePath))}"));
        }

        return (editions, diagnostics);
    }

    private static void Collect(Result<CatalogEdition> loaded, List<CatalogEdition> editions, List<Diagnostic> diagnostics)
    {
        if (loaded.IsSuccess)
        {
            editions.Add(loaded.Value);
        }
        else
        {
            diagnostics.AddRange(loaded.Diagnostics);
        }
    }

    /// <summary>Loads one edition from YAML text. <paramref name="expectedId"/>, when given, must equal the file's id.</summary>
    public static Result<CatalogEdition> LoadText(string text, string sourceName, string? expectedId)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reader = new YamlNodeReader(sourceName);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            message = message.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n')[0];
            return Result<CatalogEdition>.Failure(new Diagnostic(sourceName, (int)e.Start.Line, (int)e.Start.Column, null, "YAML syntax: " + message));
        }

        if (stream.Documents.Count != 1)
        {
            return Result<CatalogEdition>.Failure(new Diagnostic(sourceName, 1, 1, null, "a catalog file holds exactly one YAML document"));
        }

        var builder = new EditionReader(reader);
        var edition = builder.Read(stream.Documents[0].RootNode, ContentHash(text), sourceName);
        if (edition is not null)
        {
            if (expectedId is not null && !string.Equals(edition.Id, expectedId, StringComparison.Ordinal))
            {
                reader.Report(stream.Documents[0].RootNode, edition.Id, $"the file's id must be '{expectedId}' (its folder and file name)");
            }

            reader.Diagnostics.AddRange(edition.Validate(builder.Locate));
        }

        return reader.Diagnostics.Count > 0 || edition is null
            ? Result<CatalogEdition>.Failure(reader.Diagnostics.Count > 0
                ? [.. reader.Diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column)]
                : [new Diagnostic(sourceName, 0, 0, null, "empty catalog")])
            : Result<CatalogEdition>.Success(edition);
    }

    /// <summary><c>sha256:&lt;hex&gt;</c> of the text with CRLF and CR normalised to LF.</summary>
    public static string ContentHash(string text)
    {
        var normalised = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
    }

    private static string Display(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        return relative.StartsWith("..", StringComparison.Ordinal) ? full : relative;
    }
}

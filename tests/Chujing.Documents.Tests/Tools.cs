using System.Diagnostics;

namespace Chujing.Documents.Tests;

/// <summary>Runs the Debian tools the tests check documents with (poppler-utils, LibreOffice); scripts/test.sh installs them.</summary>
internal static class Tools
{
    public static (int Exit, string Out, string Error) Run(string tool, params string[] arguments) => Run(tool, null, arguments);

    /// <summary>Runs <paramref name="tool"/> with extra environment variables.</summary>
    public static (int Exit, string Out, string Error) Run(string tool, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var path = new[] { "/usr/bin/", "/usr/local/bin/" }.Select(d => d + tool).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException($"{tool} is not installed; scripts/test.sh installs it (poppler-utils, libreoffice-writer)");
        var start = new ProcessStartInfo(path) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} did not finish");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>The PDF's text (pdftotext, layout kept out), its page count (pdfinfo) and its fonts (pdffonts).</summary>
    public static (string Text, int Pages, string Fonts) ReadPdf(string pdf)
    {
        var text = Run("pdftotext", "-enc", "UTF-8", pdf, "-");
        Assert.True(text.Exit == 0, text.Error);
        var info = Run("pdfinfo", pdf);
        Assert.True(info.Exit == 0, info.Error);
        var pages = int.Parse(info.Out.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        return (text.Out, pages, Run("pdffonts", pdf).Out);
    }

    /// <summary>Renders every page to PNG with pdftoppm and returns the files (in a folder the caller deletes).</summary>
    public static IReadOnlyList<string> Pngs(string pdf, string folder)
    {
        var result = Run("pdftoppm", "-png", "-r", "60", pdf, Path.Combine(folder, "page"));
        Assert.True(result.Exit == 0, result.Error);
        return [.. Directory.GetFiles(folder, "page*.png").Order(StringComparer.Ordinal)];
    }
}

using System.Diagnostics;
using Chujing.Domain.Diagnostics;

namespace Chujing.Documents.Rendering;

/// <summary>
/// Prints HTML to PDF with headless Chromium (<c>--print-to-pdf</c>), one process per document in a temporary
/// folder of its own (its own profile, so that concurrent prints never share state). The browser never reaches the
/// network for anything but the local file. Thread-safe; at most two prints run at once, the others wait.
/// </summary>
/// <remarks>
/// A missing browser, a crash or a time-out is an <see cref="EnvironmentFailureException"/> whose message names what
/// to install; the platform answers it with 503 and the CLI with exit 1. DOCX rendering never needs Chromium.
/// </remarks>
public sealed class ChromiumPdfPrinter : IDisposable
{
    /// <summary>Environment variable naming the browser executable; overrides the default places.</summary>
    public const string EnvironmentVariable = "CHUJING_CHROMIUM";

    public const string ContentType = "application/pdf";

    private static readonly string[] DefaultPlaces = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    // A browser process takes a few hundred megabytes: at most two print at once per printer; the rest wait their turn.
    private readonly SemaphoreSlim _gate = new(2, 2);
    private readonly string? _configured;
    private readonly TimeSpan _timeout;

    /// <param name="executable">The browser to run; null looks at <see cref="EnvironmentVariable"/>, then the default places.</param>
    /// <param name="timeout">How long one print may take; 60 seconds when null.</param>
    public ChromiumPdfPrinter(string? executable = null, TimeSpan? timeout = null)
    {
        _configured = executable is { Length: > 0 } ? executable : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : null;
        _timeout = timeout ?? TimeSpan.FromSeconds(60);
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>The executable that will run, or null when none is installed where it was looked for.</summary>
    public string? Executable => _configured is not null ? (File.Exists(_configured) ? _configured : null) : DefaultPlaces.FirstOrDefault(File.Exists);

    /// <summary>What to tell a user when the browser is missing.</summary>
    public string MissingMessage =>
        $"PDF rendering needs Chromium, which was not found at {_configured ?? string.Join(", ", DefaultPlaces)}: install the Debian package 'chromium' "
        + $"(and 'fonts-noto-cjk' for Chinese text), or set {EnvironmentVariable} to the browser's path. DOCX does not need it.";

    /// <summary>The PDF's bytes.</summary>
    /// <exception cref="EnvironmentFailureException">Chromium is missing, fails, or takes longer than the time-out.</exception>
    public async Task<byte[]> PrintAsync(string html, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(html);
        var executable = Executable ?? throw new EnvironmentFailureException(MissingMessage, isTransient: false);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await PrintWithAsync(executable, html, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<byte[]> PrintWithAsync(string executable, string html, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("chujing-pdf-");
        try
        {
            var page = Path.Combine(folder.FullName, "document.html");
            var pdf = Path.Combine(folder.FullName, "document.pdf");
            await File.WriteAllTextAsync(page, html, cancellationToken).ConfigureAwait(false);
            var start = new ProcessStartInfo(executable)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var argument in (string[])
                [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--no-first-run", "--disable-extensions", "--no-pdf-header-footer",
                    "--user-data-dir=" + Path.Combine(folder.FullName, "profile"),
                    "--print-to-pdf=" + pdf,
                    new Uri(page).AbsoluteUri,
                ])
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new EnvironmentFailureException($"could not start {executable}", isTransient: true);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            _ = process.StandardOutput.ReadToEndAsync(cancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_timeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                cancellationToken.ThrowIfCancellationRequested();
                throw new EnvironmentFailureException($"Chromium did not finish printing the PDF within {_timeout.TotalSeconds:0} s", isTransient: true);
            }

            if (process.ExitCode != 0 || !File.Exists(pdf) || new FileInfo(pdf).Length == 0)
            {
                var detail = (await errors.ConfigureAwait(false)).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "no output";
                throw new EnvironmentFailureException($"Chromium ({executable}) could not print the PDF (exit {process.ExitCode}): {detail}", isTransient: true);
            }

            return await File.ReadAllBytesAsync(pdf, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            try
            {
                folder.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A profile file still held by an exiting browser helper; the temp folder is cleaned later.
            }
        }
    }
}

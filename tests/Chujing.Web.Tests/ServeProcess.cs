using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Chujing.Web.Tests;

/// <summary><c>chujing serve</c> as a child process of the built CLI, in a working folder of the test's choosing; killed with SIGKILL when disposed.</summary>
internal sealed partial class ServeProcess : IDisposable
{
    // Generous: several nodes start at once on a shared two-core machine; this catches a node that never starts.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(300);

    private readonly Process _process;

    private ServeProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>
    /// Starts the node on <paramref name="database"/> (seeding the demo data when <paramref name="demo"/>, with the
    /// key-encryption key in <paramref name="keyEncryptionKeyFile"/> when given) and waits until it reports the
    /// address it listens on.
    /// </summary>
    public static async Task<ServeProcess> StartAsync(string database, string workingFolder, bool demo, string? keyEncryptionKeyFile = null)
    {
        var start = StartInfo(database, workingFolder, demo, keyEncryptionKeyFile);
        var process = Process.Start(start)!;
        var log = new StringBuilder();
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                listening.TrySetException(new InvalidOperationException("serve exited: " + log));
                return;
            }

            lock (log)
            {
                log.AppendLine(e.Data);
            }

            if (ListeningLine().Match(e.Data) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups[1].Value + "/"));
            }
        };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        try
        {
            return new ServeProcess(process, await listening.Task.WaitAsync(StartTimeout));
        }
        catch
        {
            process.Kill();
            process.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Runs <c>chujing serve</c> on <paramref name="database"/> to its end (for a node that refuses to start): its exit
    /// code and everything it wrote to standard output and standard error.
    /// </summary>
    public static async Task<(int ExitCode, string Out, string Error)> RunToExitAsync(string database, string workingFolder)
    {
        using var process = Process.Start(StartInfo(database, workingFolder, demo: false, keyEncryptionKeyFile: null))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(StartTimeout);
        }
        catch (TimeoutException)
        {
            process.Kill();
            throw;
        }

        return (process.ExitCode, await output, await error);
    }

    private static ProcessStartInfo StartInfo(string database, string workingFolder, bool demo, string? keyEncryptionKeyFile)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            WorkingDirectory = workingFolder,
        };
        if (keyEncryptionKeyFile is not null)
        {
            start.Environment[Chujing.Evidence.Storage.LedgerKeyEncryption.FileEnvironmentVariable] = keyEncryptionKeyFile;
        }

        string[] args = [Path.Combine(AppContext.BaseDirectory, "chujing.dll"), "serve", "--db", database, "--urls", "http://127.0.0.1:0", .. demo ? ["--demo"] : Array.Empty<string>()];
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    /// <summary>SIGKILL: no handler, no flush, no finally blocks; waits until the process is gone.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        _process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    [GeneratedRegex(@"listening on (http://[^\s,]+)")]
    private static partial Regex ListeningLine();
}

using System.Text;
using Chujing.Domain.Diagnostics;

namespace Chujing.Cli;

/// <summary>Reads a command's input file, or standard input for <c>-</c>; a missing file is bad input.</summary>
internal static class InputFiles
{
    /// <summary>The bytes and the name to use in diagnostics.</summary>
    public static async Task<(byte[] Bytes, string Source)> ReadAllBytesAsync(CliContext context, string path, CancellationToken cancellationToken)
    {
        if (path == "-")
        {
            var text = await context.In.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            return (Encoding.UTF8.GetBytes(text), "stdin");
        }

        if (Directory.Exists(path))
        {
            throw new InvalidInputException(new Diagnostic(path, 0, 0, null, "is a directory, not a file"));
        }

        if (!File.Exists(path))
        {
            throw new InvalidInputException(new Diagnostic(path, 0, 0, null, "file not found"));
        }

        return (await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false), path);
    }
}

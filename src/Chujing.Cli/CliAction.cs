using System.CommandLine;
using System.Security.Cryptography;
using Chujing.Domain.Diagnostics;

namespace Chujing.Cli;

/// <summary>
/// The one place where outcomes become exit codes: bad input is 2 with one line per problem on standard error,
/// any other failure is 1 with a one-line message. No stack trace ever reaches the user.
/// </summary>
internal static class CliAction
{
    /// <summary>Runs a command body and maps what it throws to an exit code.</summary>
    public static async Task<int> RunAsync(CliContext context, Func<CancellationToken, Task<int>> body, CancellationToken cancellationToken)
    {
        try
        {
            return await body(cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidInputException e)
        {
            foreach (var diagnostic in e.Diagnostics)
            {
                await context.Error.WriteLineAsync(CliText.Error(diagnostic)).ConfigureAwait(false);
            }

            return ExitCode.InvalidInput;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            await context.Error.WriteLineAsync(CliText.Error(OneLine(e.Message))).ConfigureAwait(false);
            return ExitCode.InvalidInput;
        }
        catch (OperationCanceledException)
        {
            await context.Error.WriteLineAsync("已取消 cancelled").ConfigureAwait(false);
            return ExitCode.Failure;
        }
        catch (EnvironmentFailureException e)
        {
            await context.Error.WriteLineAsync(e.IsTransient ? CliText.Error(OneLine(e.Message), "（暂时性故障，请重试）", " (transient; try again)") : CliText.Error(OneLine(e.Message))).ConfigureAwait(false);
            return ExitCode.Failure;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException)
        {
            await context.Error.WriteLineAsync(CliText.Error(OneLine(e.Message))).ConfigureAwait(false);
            return ExitCode.Failure;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Last resort: whatever else fails (a damaged store, a driver error) is still one line and exit 1.
            await context.Error.WriteLineAsync(CliText.Error(OneLine(e.Message)) + " (" + e.GetType().Name + ")").ConfigureAwait(false);
            return ExitCode.Failure;
        }
    }

    private static string OneLine(string message) => string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>Sets a command's action to <paramref name="body"/> run through <see cref="RunAsync"/>.</summary>
    public static void SetAction(this Command command, CliContext context, Func<ParseResult, CancellationToken, Task<int>> body) =>
        command.SetAction((parseResult, cancellationToken) => RunAsync(context, ct => body(parseResult, ct), cancellationToken));
}

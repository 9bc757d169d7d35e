namespace Chujing.Cli;

/// <summary>The process exit codes every subcommand keeps (docs/contracts.md, "The command").</summary>
internal static class ExitCode
{
    /// <summary>The work was done.</summary>
    public const int Ok = 0;

    /// <summary>Any failure that is not bad input: a failed verification, I/O, a database that does not answer.</summary>
    public const int Failure = 1;

    /// <summary>Invalid input or usage; one line on standard error names the file, line or field.</summary>
    public const int InvalidInput = 2;
}

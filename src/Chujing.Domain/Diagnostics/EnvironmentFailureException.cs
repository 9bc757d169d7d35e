namespace Chujing.Domain.Diagnostics;

/// <summary>
/// A failure of the environment rather than of the input: I/O, a database that does not answer, a missing key.
/// Says whether retrying may help. The CLI maps it to exit code 1.
/// </summary>
public sealed class EnvironmentFailureException : Exception
{
    public EnvironmentFailureException()
    {
    }

    public EnvironmentFailureException(string message)
        : base(message)
    {
    }

    public EnvironmentFailureException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public EnvironmentFailureException(string message, bool isTransient, Exception? innerException = null)
        : base(message, innerException)
    {
        IsTransient = isTransient;
    }

    /// <summary>True when the same call may succeed later (a busy database, a timeout).</summary>
    public bool IsTransient { get; }
}

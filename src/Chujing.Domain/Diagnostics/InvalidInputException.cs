namespace Chujing.Domain.Diagnostics;

/// <summary>
/// Bad input met deep inside streaming work (a reader, an appender) where returning a value is not possible.
/// Carries the diagnostics; the CLI maps it to exit code 2 and the web layer to a 400/422 ProblemDetails.
/// Prefer returning <see cref="Result{T}"/> where the call can.
/// </summary>
public sealed class InvalidInputException : Exception
{
    public InvalidInputException(Diagnostic diagnostic)
        : this([diagnostic])
    {
    }

    public InvalidInputException(IReadOnlyList<Diagnostic> diagnostics)
        : base(diagnostics.Count > 0 ? diagnostics[0].ToString() : "invalid input")
    {
        Diagnostics = diagnostics;
    }

    public InvalidInputException()
        : this(new Diagnostic(null, 0, 0, null, "invalid input"))
    {
    }

    public InvalidInputException(string message)
        : this(new Diagnostic(null, 0, 0, null, message))
    {
    }

    public InvalidInputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Diagnostics = [new Diagnostic(null, 0, 0, null, message)];
    }

    /// <summary>Every problem found; never empty.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}

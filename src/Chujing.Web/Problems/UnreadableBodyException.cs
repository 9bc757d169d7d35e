using Chujing.Domain.Diagnostics;

namespace Chujing.Web.Problems;

/// <summary>
/// The body could not be read as the expected JSON (not JSON, a wrong type, an unknown property): answered 400 with
/// each field, as the serializer's own failures are. Rules broken by a readable body stay
/// <see cref="InvalidInputException"/> (422).
/// </summary>
public sealed class UnreadableBodyException : Exception
{
    public UnreadableBodyException(IReadOnlyList<Diagnostic> diagnostics)
        : base(diagnostics.Count > 0 ? diagnostics[0].ToString() : "the body could not be read") =>
        Diagnostics = diagnostics;

    public UnreadableBodyException()
        : this([])
    {
    }

    public UnreadableBodyException(string message)
        : this([Diagnostic.ForField(null, "body", message)])
    {
    }

    public UnreadableBodyException(string message, Exception innerException)
        : base(message, innerException) =>
        Diagnostics = [Diagnostic.ForField(null, "body", message)];

    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}

namespace Chujing.Domain.Diagnostics;

/// <summary>The input is wrong; <see cref="Diagnostics"/> says every way in which (never empty).</summary>
public sealed record InvalidError : Error
{
    public InvalidError(IReadOnlyList<Diagnostic> diagnostics)
        : base(diagnostics is { Count: > 0 } ? diagnostics[0].ToString() : throw new ArgumentException("at least one diagnostic is required", nameof(diagnostics))) =>
        Diagnostics = diagnostics;

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}

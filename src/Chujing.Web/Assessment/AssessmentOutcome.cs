using Chujing.Domain.Diagnostics;

namespace Chujing.Web.Assessment;

/// <summary>The engine's answer: the result JSON and its pathway, or the diagnostics that prevented one.</summary>
/// <param name="ResultJson">The document <c>chujing assess --json</c> prints; null on failure.</param>
/// <param name="Pathway"><c>exempt</c>, <c>standard-contract-or-certification</c> or <c>security-assessment</c>; null on failure.</param>
/// <param name="Diagnostics">Every problem with the activity; empty on success.</param>
public sealed record AssessmentOutcome(string? ResultJson, string? Pathway, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool IsSuccess => Diagnostics.Count == 0 && ResultJson is not null;
}

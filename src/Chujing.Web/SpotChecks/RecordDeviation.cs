using Chujing.Domain.SpotChecks;

namespace Chujing.Web.SpotChecks;

/// <summary>One deviation of a sampled record, as a finding records it.</summary>
/// <param name="Kind">The deviation kind, e.g. <c>field-not-filed</c>.</param>
/// <param name="Path">The event field, e.g. <c>fields[1]</c>.</param>
/// <param name="Severity">Its severity.</param>
/// <param name="Detail">One sentence, Chinese then English.</param>
/// <param name="Basis">What it rests on (rule and citation), as text.</param>
public sealed record RecordDeviation(string Kind, string Path, FindingSeverity Severity, string Detail, string Basis);

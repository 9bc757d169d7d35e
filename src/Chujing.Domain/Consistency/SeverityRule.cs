namespace Chujing.Domain.Consistency;

/// <summary>One row of the published severity table: a kind, its grade and why, in Chinese and English.</summary>
public sealed record SeverityRule(DeviationKind Kind, Severity Severity, string Rationale, string RationaleEn);

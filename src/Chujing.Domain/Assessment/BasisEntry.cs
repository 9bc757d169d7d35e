using Chujing.Catalog;

namespace Chujing.Assessment;

/// <summary>One rule that decided (part of) an assessment: its id, the article, and why, in one sentence.</summary>
/// <param name="Pathway">What this rule requires of the activity; null for a note (e.g. why a list did not apply).</param>
public sealed record BasisEntry(string Rule, string Citation, string Explanation, Pathway? Pathway);

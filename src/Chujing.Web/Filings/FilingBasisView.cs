using Chujing.Domain.Catalog;

namespace Chujing.Web.Filings;

/// <summary>One rule of a filing's decision as views show it.</summary>
/// <param name="Rule">The rule or note id.</param>
/// <param name="Title">The rule's name as the text writes it; empty when none.</param>
/// <param name="Citation">Document and article.</param>
/// <param name="Explanation">Why, in one sentence.</param>
/// <param name="Pathway">What the rule requires; null for a note.</param>
public sealed record FilingBasisView(string Rule, string Title, string Citation, string Explanation, Pathway? Pathway);

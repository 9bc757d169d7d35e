using Chujing.Domain.Catalog;

namespace Chujing.Web.Filings;

/// <summary>One rule of a filing's decision as views show it.</summary>
/// <param name="Rule">The rule or note id.</param>
/// <param name="Title">The rule's name as the text writes it; empty when none.</param>
/// <param name="Citation">Document and article.</param>
/// <param name="Explanation">Why, in one English sentence.</param>
/// <param name="Pathway">What the rule requires; null for a note.</param>
/// <param name="ExplanationZh">Why, in Chinese; empty when the stored decision has no Chinese text for it.</param>
public sealed record FilingBasisView(string Rule, string Title, string Citation, string Explanation, Pathway? Pathway, string ExplanationZh)
{
    /// <summary>The explanation a person reads first: Chinese (English under the switch or when there is no Chinese).</summary>
    public string Primary(bool english) => english || ExplanationZh.Length == 0 ? Explanation : ExplanationZh;

    /// <summary>The explanation beside <see cref="Primary"/> in the other language, or null when there is only one.</summary>
    public string? Beside(bool english) => ExplanationZh.Length == 0 ? null : english ? ExplanationZh : Explanation;
}

using Chujing.Domain.Catalog;

namespace Chujing.Documents.Model;

/// <summary>One basis entry of the archived decision: its id, name, article, why (English and Chinese), kind (<c>list-item</c>, <c>rule</c>, …) and pathway (null for a note).</summary>
public sealed record DecisionEntry(string Rule, string Title, string Citation, string Explanation, string ExplanationZh, string Kind, Pathway? Pathway);

using Chujing.Domain.Catalog;

namespace Chujing.Persistence.Filings;

/// <summary>One rule of a filing's decision, stored as an owned row so that views read it typed.</summary>
public class FilingBasisRow
{
    /// <summary>The rule or note id.</summary>
    public string Rule { get; set; } = string.Empty;

    /// <summary>The rule's name as the text writes it; empty when none.</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>Document and article.</summary>
    public string Citation { get; set; } = string.Empty;

    /// <summary>Why, in one English sentence.</summary>
    public string Explanation { get; set; } = string.Empty;

    /// <summary>Why, in Chinese, beside <see cref="Explanation"/>; null on rows stored before it was kept (read from the decision's archive then).</summary>
    public string? ExplanationZh { get; set; }

    /// <summary>What the rule requires; null for a note.</summary>
    public Pathway? Pathway { get; set; }
}

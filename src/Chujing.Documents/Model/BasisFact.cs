namespace Chujing.Documents.Model;

/// <summary>One rule of the filing's decision: its id, its name where the text gives one, document and article (empty for an engine note without one), and why.</summary>
public sealed record BasisFact
{
    public BasisFact(string rule, string title, string citation, string explanation)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rule);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(citation);
        ArgumentNullException.ThrowIfNull(explanation);
        Rule = rule;
        Title = title;
        Citation = citation;
        Explanation = explanation;
    }

    public string Rule { get; }

    /// <summary>The rule's name; empty when the catalog gives none.</summary>
    public string Title { get; }

    public string Citation { get; }

    public string Explanation { get; }

    /// <summary>Why, in Chinese, where the filing keeps it; empty when it does not (the decision's archive is asked then).</summary>
    public string ExplanationZh { get; init; } = string.Empty;
}

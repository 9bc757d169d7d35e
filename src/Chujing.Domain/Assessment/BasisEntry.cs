using Chujing.Domain.Catalog;

namespace Chujing.Domain.Assessment;

/// <summary>One rule that decided (part of) an assessment: its id, the article, and why, in one sentence.</summary>
/// <param name="Explanation">Why, in one English sentence.</param>
/// <param name="Pathway">What this rule requires of the activity; null for a note (e.g. why a list did not apply).</param>
public sealed record BasisEntry(string Rule, string Citation, string Explanation, Pathway? Pathway)
{
    /// <summary>The rule's or item's name as the text writes it, or a short Chinese label for a note.</summary>
    public string? Title { get; init; }

    /// <summary>Why, in Chinese, beside <see cref="Explanation"/>.</summary>
    public string? ExplanationZh { get; init; }

    /// <summary>What kind of reason this is (a rule, a list item, a note that a list does not apply…).</summary>
    public BasisKind Kind { get; init; } = BasisKind.Rule;

    /// <summary>How well public sources support the catalog entry behind it; null for the engine's own notes.</summary>
    public Confidence? Confidence { get; init; }

    /// <summary>The activity's facts that decided this entry (counters with their bands, flags, names); empty for a fixed note.</summary>
    public IReadOnlyList<BasisInput> Inputs { get; init; } = [];

    /// <summary>Value equality, <see cref="Inputs"/> compared element by element.</summary>
    public bool Equals(BasisEntry? other) =>
        other is not null &&
        Rule == other.Rule && Citation == other.Citation && Explanation == other.Explanation && Pathway == other.Pathway &&
        Title == other.Title && ExplanationZh == other.ExplanationZh && Kind == other.Kind && Confidence == other.Confidence &&
        Inputs.SequenceEqual(other.Inputs);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Rule, Pathway, Kind, Inputs.Count);
}

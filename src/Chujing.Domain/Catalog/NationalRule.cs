namespace Chujing.Domain.Catalog;

/// <summary>
/// One provision of the national rules, as data: its role in a decision, its bands or exemption, its text and the
/// article it comes from.
/// </summary>
public sealed record NationalRule(
    string Id,
    RuleRole Role,
    RuleScope AppliesTo,
    Exemption? Exemption,
    bool CoversImportantData,
    Pathway? Pathway,
    IReadOnlyList<Threshold> Thresholds,
    Period? Period,
    Period? ExtensionWindow,
    string Title,
    string? TitleEn,
    string? Text,
    string Explanation,
    string Citation,
    Provenance Provenance)
{
    /// <summary>Rules that take precedence over this one (从其规定), e.g. arts. 3–6 over arts. 7 and 8.</summary>
    public IReadOnlyList<string> YieldsTo { get; init; } = [];

    /// <summary>How long an extension lasts (art. 9: 3 years).</summary>
    public Period? Extension { get; init; }

    /// <summary>Free text for readers (<c>note:</c>); never decides anything.</summary>
    public string? Note { get; init; }

    /// <summary>The provision's text in English, when the catalog gives one.</summary>
    public string? TextEn { get; init; }
    /// <summary>The explanation in Chinese, beside <see cref="Explanation"/> (English).</summary>
    public string? ExplanationZh { get; init; }

    /// <summary>For an exemption: its conditions, each with the engine's test and the article.</summary>
    public IReadOnlyList<ExemptionElement> Elements { get; init; } = [];

    /// <summary>
    /// For a duty: it binds only where the processing rests on this legal basis (separate consent: consent, PIPL
    /// art. 13 para. 2); null: it binds whatever the basis.
    /// </summary>
    public LegalBasis? OnlyForLegalBasis { get; init; }
}

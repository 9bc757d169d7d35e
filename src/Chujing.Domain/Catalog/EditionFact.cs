namespace Chujing.Domain.Catalog;

/// <summary>
/// A fact about an edition that a source reports and no decision rests on: who approved the list, the procedure,
/// how the list relates to other documents, a reported range. Shown with its citation and confidence.
/// </summary>
/// <param name="Text">The fact in Chinese, in the source's words or marked 〔释义〕 where paraphrased.</param>
public sealed record EditionFact(string Id, string Text, string? TextEn, string Citation, Provenance Provenance);

namespace Chujing.Domain.Catalog;

/// <summary>
/// An important-data reference criterion (重要数据识别参考规则), e.g. personal information of more than 10 million
/// persons. Informative: it tells a processor what may be notified as important data; it does not decide by itself.
/// </summary>
/// <param name="Counter">The counter the criterion's person count speaks of, when it has one.</param>
/// <param name="Persons">The person count a source reports (whether 以上 or 超过 is often unknown).</param>
public sealed record ReferenceCriterion(string Id, string? Text, string? TextEn, Counter? Counter, long? Persons, string Citation, Provenance Provenance)
{
    /// <summary>Free text for readers (<c>note:</c>); never decides anything.</summary>
    public string? Note { get; init; }
}

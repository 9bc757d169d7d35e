using Chujing.Domain.Catalog;

namespace Chujing.Domain.Assessment;

/// <summary>One element of a claimed exemption, what the activity shows about it, and why.</summary>
/// <param name="Element">The element's id within its rule.</param>
/// <param name="Title">The condition as the text writes it (Chinese).</param>
/// <param name="TitleEn">The condition in English.</param>
/// <param name="Reason">Why this status, in English.</param>
/// <param name="ReasonZh">Why this status, in Chinese.</param>
public sealed record ElementFinding(
    string Element,
    ElementStatus Status,
    string Title,
    string? TitleEn,
    string Citation,
    string Reason,
    string ReasonZh);

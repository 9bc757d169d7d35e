namespace Chujing.Domain.Catalog;

/// <summary>One condition of an exemption as the text writes it, with the article and the engine's test for it.</summary>
/// <param name="Id">Unique within the rule (e.g. <c>no-personal-information</c>).</param>
/// <param name="Title">The condition in the words of the text (Chinese).</param>
/// <param name="TitleEn">The condition in English.</param>
/// <param name="From">For <see cref="ElementTest.InForce"/>: the day the provision takes effect.</param>
public sealed record ExemptionElement(string Id, ElementTest Test, string Title, string? TitleEn, string Citation, DateOnly? From);

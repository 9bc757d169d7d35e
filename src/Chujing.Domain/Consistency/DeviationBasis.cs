namespace Chujing.Domain.Consistency;

/// <summary>What a deviation rests on: a filing field, a list item or an article, by id and citation.</summary>
/// <param name="Rule">An id: <c>filing:F-2026-0001#recipients</c>, <c>beijing-ftz/2024#&lt;item&gt;</c>, <c>cn-national/2024#art8-…</c>.</param>
/// <param name="Citation">The document and article (or the filing and its field) as a person cites it.</param>
public sealed record DeviationBasis(string Rule, string Citation);

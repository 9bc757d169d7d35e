using Chujing.Domain.Catalog;

namespace Chujing.Domain.Assessment;

/// <summary>
/// One pathway still possible while a fact is not known: what the engine decides if the fact has the value
/// <see cref="If"/> names (e.g. <c>processor.ciio = true</c>).
/// </summary>
/// <param name="If">The facts and values, as activity paths (<c>processor.ciio = true; importantData = false</c>).</param>
/// <param name="IfZh">The same in Chinese (若为关键信息基础设施运营者).</param>
/// <param name="Rules">The ids of the basis entries that require <see cref="Pathway"/> in that case.</param>
/// <param name="Citations">Their articles.</param>
public sealed record PossiblePathway(Pathway Pathway, string If, string IfZh, IReadOnlyList<string> Rules, IReadOnlyList<string> Citations);

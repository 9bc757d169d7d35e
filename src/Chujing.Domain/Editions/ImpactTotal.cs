namespace Chujing.Domain.Editions;

/// <summary>
/// Affected filings of one processor or zone group (or all): how many, how many change pathway, how many get stricter,
/// and how many need a new list-use application to move onto the revision.
/// </summary>
public sealed record ImpactTotal(string Key, int Filings, int PathwayChanges, int Stricter, int NeedApplication = 0);

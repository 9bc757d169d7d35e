namespace Chujing.Domain.Catalog;

/// <summary>One difference between two editions: an entry added, removed, or changed in the listed aspects.</summary>
/// <param name="Change"><c>added</c>, <c>removed</c> or <c>changed</c>.</param>
/// <param name="Entry">What kind of entry: edition, rule, domain, scenario, item, category, subcategory, criterion, duty.</param>
/// <param name="Id">The entry's id.</param>
/// <param name="Name">The entry's name (Chinese first).</param>
/// <param name="Details">For changes: one record per aspect that differs.</param>
public sealed record EditionChange(string Change, string Entry, string Id, string Name, IReadOnlyList<AspectChange> Details);

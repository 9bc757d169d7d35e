namespace Chujing.Scanning.Persons;

/// <summary>What <see cref="PersonLinker.Count"/> found.</summary>
/// <param name="Distinct">Distinct persons.</param>
/// <param name="Shared">Passports seen with several resident IDs and groups of weaker identifiers seen with several persons, joining none of them.</param>
/// <param name="Rows">Rows with at least one identifier.</param>
public sealed record PersonLinkCount(long Distinct, long Shared, long Rows);

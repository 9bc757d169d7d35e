namespace Chujing.Domain.Consistency;

/// <summary>
/// One way an export event departs from its filing: which event (its index in the batch or file), which kind, the
/// event field concerned, how grave, one sentence in Chinese with its English beside it, and what it rests on.
/// </summary>
/// <param name="Event">The event's 0-based index in its batch or file.</param>
/// <param name="Path">The event field, e.g. <c>fields[1]</c>, <c>recipient</c>, <c>filing</c>.</param>
/// <param name="Detail">One sentence in Chinese.</param>
/// <param name="DetailEn">The same sentence in English.</param>
public sealed record Deviation(
    int Event,
    DeviationKind Kind,
    string Path,
    Severity Severity,
    string Detail,
    string DetailEn,
    IReadOnlyList<DeviationBasis> Basis)
{
    /// <summary>True when the deviation stops an export at a gateway (serious or major).</summary>
    public bool Blocks => Severity >= Severity.Major;
}

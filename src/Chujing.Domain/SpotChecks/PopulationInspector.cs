namespace Chujing.Domain.SpotChecks;

/// <summary>
/// An officer who may be drawn to inspect filings of <see cref="ZoneGroup"/>, identified by an opaque id (no name),
/// and the processors (USCC) the officer declared a conflict of interest with before the population was frozen.
/// </summary>
public sealed record PopulationInspector
{
    public PopulationInspector(string id, string zoneGroup, IReadOnlyList<string> recusals)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(zoneGroup);
        ArgumentNullException.ThrowIfNull(recusals);
        Id = id;
        ZoneGroup = zoneGroup;
        Recusals = recusals;
    }

    public string Id { get; }

    public string ZoneGroup { get; }

    /// <summary>USCCs of processors this inspector may not inspect.</summary>
    public IReadOnlyList<string> Recusals { get; }
}

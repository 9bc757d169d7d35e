namespace Chujing.Domain.Filings;

/// <summary>Who may perform a <see cref="FilingAction"/>.</summary>
public enum FilingActor
{
    /// <summary>A user of the processor that owns the filing.</summary>
    Processor,

    /// <summary>An officer of the zone group the processor is registered in.</summary>
    ZoneOfficer,

    /// <summary>The platform itself (expiry).</summary>
    System,
}

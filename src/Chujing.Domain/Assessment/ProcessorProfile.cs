namespace Chujing.Domain.Assessment;

/// <summary>The facts about the processor that the rules ask.</summary>
/// <param name="Ciio">A critical information infrastructure operator (关键信息基础设施运营者).</param>
/// <param name="FreeTradeZone">The zone the processor is registered in (e.g. <c>beijing</c>); null when none.</param>
/// <param name="ListApproved">Approved by its zone group to use the zone's list.</param>
/// <param name="AutonomousDriving">An autonomous-driving firm (excluded from the Beijing 2024 automotive part).</param>
public sealed record ProcessorProfile(bool Ciio, string? FreeTradeZone, bool ListApproved, bool AutonomousDriving)
{
    /// <summary>
    /// How many persons' personal information the processor handles (处理), not sends; null when not stated. Only the
    /// regime before 2024-03-22 asks it (Security Assessment Measures art. 4 (2): 1,000,000 or more).
    /// </summary>
    public long? PersonsHandled { get; init; }
}

namespace Chujing.Domain.Assessment;

/// <summary>The facts about the processor that the rules ask.</summary>
/// <param name="Ciio">A critical information infrastructure operator (关键信息基础设施运营者).</param>
/// <param name="FreeTradeZone">The zone the processor is registered in (e.g. <c>beijing</c>); null when none.</param>
/// <param name="ListApproved">Approved by its zone group to use the zone's list.</param>
/// <param name="AutonomousDriving">An autonomous-driving firm (excluded from the Beijing 2024 automotive part).</param>
public sealed record ProcessorProfile(bool Ciio, string? FreeTradeZone, bool ListApproved, bool AutonomousDriving);

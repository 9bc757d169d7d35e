using System.Text.Json;
using Chujing.Domain.SpotChecks;

namespace Chujing.Web.SpotChecks;

/// <summary>A spot check as the API answers it.</summary>
public sealed record SpotCheckView(
    string Id,
    string Status,
    string? ZoneGroup,
    DateOnly From,
    DateOnly To,
    PopulationSummary Population,
    PlanSummary Plan,
    string? RecheckOf,
    string? Seed,
    IReadOnlyList<ContributorView>? Contributors,
    IReadOnlyList<Recusal>? Recusals,
    JsonElement? Sample,
    IReadOnlyList<OutcomeView>? Outcomes,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DrawnAt,
    DateTimeOffset? FinishedAt);

/// <summary>What the frozen population holds, and its hash.</summary>
public sealed record PopulationSummary(string Hash, int Filings, int Processors, long Records, int Inspectors);

/// <summary>What will be drawn: sizes (requested, or from the rules) and the rules themselves.</summary>
public sealed record PlanSummary(long Filings, long? RecordsPerFiling, string RecordsRule, double DetectRate, double Confidence, int InspectorsPerFiling, IReadOnlyDictionary<string, int> Weights, IReadOnlyDictionary<string, double> Ratios);

/// <summary>Who added which part of the seed.</summary>
public sealed record ContributorView(string Party, string Value, string? Account);

/// <summary>The result of one filing of a finished check (no evidence content).</summary>
public sealed record OutcomeView(string Filing, string Processor, string RiskClass, string? Severity, string Reason, int Records, int Findings, string ReasonZh);

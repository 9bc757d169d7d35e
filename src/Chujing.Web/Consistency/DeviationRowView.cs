using Chujing.Domain.Consistency;

namespace Chujing.Web.Consistency;

/// <summary>A stored deviation as <c>GET /api/deviations</c> and the pages show it, with the export's ledger leaf.</summary>
public sealed record DeviationRowView(
    long Id,
    string Processor,
    string ProcessorName,
    string ZoneGroup,
    string? Filing,
    long Leaf,
    DateTimeOffset EventTime,
    DeviationKind Kind,
    string Path,
    Severity Severity,
    string Detail,
    string DetailEn,
    IReadOnlyList<DeviationBasis> Basis,
    DateTimeOffset RecordedAt);

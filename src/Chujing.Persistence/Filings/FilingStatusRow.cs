using Chujing.Domain.Filings;

namespace Chujing.Persistence.Filings;

/// <summary>
/// One entry of a filing's status history: from <see cref="At"/> on, the filing was in <see cref="Status"/>. Written
/// with every change of status (<see cref="FilingStatusHistory"/>); rows are only ever inserted. The consistency
/// check asks it whether a filing was in force at an export's time.
/// </summary>
public class FilingStatusRow
{
    public long Id { get; set; }

    public string FilingId { get; set; } = string.Empty;

    public FilingStatus Status { get; set; }

    public DateTimeOffset At { get; set; }
}

using Chujing.Domain.Filings;

namespace Chujing.Domain.Consistency;

/// <summary>From <see cref="At"/> on, the filing was in <see cref="Status"/> (until the next change).</summary>
public sealed record FilingStatusChange(DateTimeOffset At, FilingStatus Status);

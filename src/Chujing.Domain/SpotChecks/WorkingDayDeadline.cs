namespace Chujing.Domain.SpotChecks;

/// <summary>A deadline in working days: the last day, and whether it crossed a year whose holidays are not yet known.</summary>
public sealed record WorkingDayDeadline(DateOnly Day, bool Provisional);

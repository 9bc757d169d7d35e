namespace Chujing.Domain.Catalog;

/// <summary>Units in which the texts state periods.</summary>
public enum PeriodUnit
{
    Days,
    WorkingDays,
    Months,
    Years,
}

namespace Chujing.Domain.Consistency;

/// <summary>
/// The processor's distinct persons of one Beijing calendar year, as its counters hold them: non-sensitive personal
/// information (<see cref="Personal"/>) and sensitive personal information (<see cref="Sensitive"/>).
/// </summary>
public sealed record YearCounts
{
    public YearCounts(int year, long personal, long sensitive)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(personal);
        ArgumentOutOfRangeException.ThrowIfNegative(sensitive);
        Year = year;
        Personal = personal;
        Sensitive = sensitive;
    }

    public int Year { get; }

    public long Personal { get; }

    public long Sensitive { get; }
}

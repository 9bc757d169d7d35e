namespace Chujing.Domain.Catalog;

/// <summary>A length of time as a rule states it (3 years; 10 working days).</summary>
public sealed record Period(int Value, PeriodUnit Unit)
{
    public int Value { get; } = Value > 0 ? Value : throw new ArgumentOutOfRangeException(nameof(Value), Value, "A period is positive.");
}

using Chujing.Domain.Catalog;

namespace Chujing.Domain.Assessment;

/// <summary>
/// One input that decided a basis entry: the activity's fact (its JSON path) and its value, and for a count the
/// band it fell in, with the band's bounds.
/// </summary>
/// <param name="Fact">The activity path, e.g. <c>persons.sensitive</c>, <c>importantData</c>, <c>processor.freeTradeZone</c>.</param>
public sealed record BasisInput(string Fact)
{
    /// <summary>The count, for <c>persons.*</c> and <c>processor.personsHandled</c>.</summary>
    public long? Count { get; init; }

    /// <summary>The value of a true/false fact.</summary>
    public bool? Flag { get; init; }

    /// <summary>The value of a named fact (a zone, an exemption, a field).</summary>
    public string? Text { get; init; }

    /// <summary>The band the count fell in (以上 <c>atLeast</c>, 不满 <c>below</c>) and what it requires.</summary>
    public Threshold? Band { get; init; }

    /// <summary>A person count and the band it fell in.</summary>
    public static BasisInput Persons(Counter counter, long count, Threshold? band) =>
        new(counter == Counter.Personal ? "persons.personal" : "persons.sensitive") { Count = count, Band = band };

    /// <summary>A true/false fact.</summary>
    public static BasisInput Of(string fact, bool value) => new(fact) { Flag = value };

    /// <summary>A named fact.</summary>
    public static BasisInput Of(string fact, string? value) => new(fact) { Text = value };

    /// <summary>A count that is not a person counter of the activity (e.g. <c>processor.personsHandled</c>).</summary>
    public static BasisInput Of(string fact, long? value) => new(fact) { Count = value };
}

using System.Text.Json.Serialization;
using Chujing.Domain.Catalog;

namespace Chujing.Domain.Assessment;

/// <summary>
/// Distinct persons since 1 January of the current year, this activity included: non-sensitive personal
/// information (<see cref="Personal"/>) and sensitive personal information (<see cref="Sensitive"/>).
/// </summary>
public sealed record PersonCounts
{
    public PersonCounts(long personal, long sensitive)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(personal);
        ArgumentOutOfRangeException.ThrowIfNegative(sensitive);
        Personal = personal;
        Sensitive = sensitive;
    }

    public long Personal { get; }

    public long Sensitive { get; }

    /// <summary>True when anybody's personal information was sent.</summary>
    [JsonIgnore]
    public bool Any => Personal > 0 || Sensitive > 0;

    public long this[Counter counter] => counter == Counter.Personal ? Personal : Sensitive;
}

using System.Text.Json.Serialization;

namespace Chujing.Domain.Classification;

/// <summary>
/// One type found in a column.
/// </summary>
/// <param name="Type">The scanner type id.</param>
/// <param name="Matches">Values that pass every check of the type.</param>
/// <param name="Ratio">(matches + suspect values counted, see <see cref="SuspectCounted"/>) / non-empty values, 0-1, rounded to 4 places.</param>
/// <param name="Suspect">Values of the type's shape that fail a strict rule (a check character, an allocated segment).</param>
/// <param name="Confidence">0-1: the ratio, discounted by a tenth for types without a check that the column name does not hint at.</param>
/// <param name="Rule">What was checked, and whether the column name agreed.</param>
public sealed record TypeReport(string Type, [property: JsonPropertyOrder(-2)] long Matches, double Ratio, long Suspect, double Confidence, string Rule)
{
    [JsonPropertyOrder(-3)]
    public string Type { get; } = !string.IsNullOrEmpty(Type) ? Type : throw new ArgumentException("A type id is required.", nameof(Type));

    [JsonPropertyOrder(-1)]
    public double Ratio { get; } = Ratio is >= 0 and <= 1 ? Ratio : throw new ArgumentOutOfRangeException(nameof(Ratio));

    /// <summary>True when the suspect values count toward <see cref="Ratio"/> (the column name names the type, and a mandatory check passes for at least as many values as it fails).</summary>
    public bool SuspectCounted { get; init; }

    /// <summary>With suspect values: how many, what failed, and whether they were counted and why; null (left out) without them.</summary>
    public string? SuspectReason { get; init; }
}

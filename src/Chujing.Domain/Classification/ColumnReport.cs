using System.Text.Json.Serialization;

namespace Chujing.Domain.Classification;

/// <summary>
/// What one column holds. <see cref="Fields"/> stays empty until the column is mapped to a catalog's fields
/// (<c>chujing scan --list</c>), which needs only <see cref="Name"/> and the types.
/// </summary>
/// <param name="Name">The column name (dotted path for nested JSON, <c>sheet!column</c> for workbooks of several sheets).</param>
/// <param name="Types">Types whose ratio reached the threshold, strongest first; empty when none did.</param>
/// <param name="Sensitive">True when a type found is sensitive personal information (per the sensitivity table).</param>
/// <param name="Personal">True when a type found is personal information.</param>
/// <param name="Fields">Catalog field ids the column maps to.</param>
/// <param name="Values">Non-empty values in the column.</param>
/// <param name="NameHints">Types the column's name hints at.</param>
/// <param name="Weak">Candidate types that matched some values but stayed under the threshold.</param>
public sealed record ColumnReport(
    string Name,
    IReadOnlyList<TypeReport> Types,
    [property: JsonPropertyOrder(-3)] bool Sensitive,
    bool Personal,
    IReadOnlyList<string> Fields,
    long Values,
    IReadOnlyList<string> NameHints,
    IReadOnlyList<TypeReport> Weak)
{
    [JsonPropertyOrder(-5)]
    public string Name { get; } = Name ?? throw new ArgumentNullException(nameof(Name));

    [JsonPropertyOrder(-4)]
    public IReadOnlyList<TypeReport> Types { get; } = Types ?? throw new ArgumentNullException(nameof(Types));

    [JsonPropertyOrder(-2)]
    public IReadOnlyList<string> Fields { get; init; } = Fields ?? throw new ArgumentNullException(nameof(Fields));
}

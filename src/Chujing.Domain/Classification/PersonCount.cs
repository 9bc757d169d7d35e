using System.Text.Json.Serialization;

namespace Chujing.Domain.Classification;

/// <summary>
/// Distinct persons in the data: rows sharing an identifier are one person (chains included), but two different
/// resident IDs, or two different passports, are never joined through a weaker identifier (docs/scanning.md).
/// </summary>
/// <param name="Distinct">Distinct persons.</param>
/// <param name="Identifiers">The identifier types used, strongest first (resident ID, passport, mobile, e-mail, bank card).</param>
/// <param name="RowsIdentified">Rows that had at least one valid identifier.</param>
/// <param name="Spilled">True when the count went past its memory budget and used temporary files.</param>
public sealed record PersonCount(long Distinct, IReadOnlyList<string> Identifiers, long RowsIdentified, bool Spilled)
{
    [JsonPropertyOrder(-1)]
    public long Distinct { get; } = Distinct >= 0 ? Distinct : throw new ArgumentOutOfRangeException(nameof(Distinct));

    /// <summary>The keyed function the persons were counted with, under a random key of this run: <c>siphash-2-4-128</c> or <c>hmac-sha256-128</c>.</summary>
    public string KeyFunction { get; init; } = "siphash-2-4-128";

    /// <summary>
    /// Passports seen with several resident IDs, and groups of weaker identifiers (a family phone) seen with several
    /// persons: each is left to the persons it was seen with, never joining them.
    /// </summary>
    public long Shared
    {
        get;
        init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(Shared));
    }
}

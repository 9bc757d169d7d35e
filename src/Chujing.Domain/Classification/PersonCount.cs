using System.Text.Json.Serialization;

namespace Chujing.Domain.Classification;

/// <summary>Distinct persons in the data, each counted by the strongest identifier its row has.</summary>
/// <param name="Distinct">Distinct keyed hashes of the identifiers.</param>
/// <param name="Identifiers">The identifier types used, strongest first (resident ID, passport, mobile, e-mail).</param>
/// <param name="RowsIdentified">Rows that had at least one valid identifier.</param>
/// <param name="Spilled">True when the count went past its memory budget and used temporary files.</param>
public sealed record PersonCount(long Distinct, IReadOnlyList<string> Identifiers, long RowsIdentified, bool Spilled)
{
    [JsonPropertyOrder(-1)]
    public long Distinct { get; } = Distinct >= 0 ? Distinct : throw new ArgumentOutOfRangeException(nameof(Distinct));

    /// <summary>The keyed function the persons were counted with, under a random key of this run: <c>siphash-2-4-128</c> or <c>hmac-sha256-128</c>.</summary>
    public string KeyFunction { get; init; } = "siphash-2-4-128";
}

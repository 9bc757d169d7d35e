namespace Chujing.Scanning.Partials;

/// <summary>The header of a partial result: what was scanned and how, without the persons' identifiers.</summary>
/// <param name="Version">The format version (<see cref="PartialFile.Version"/>).</param>
/// <param name="KeyFingerprint">The person key's fingerprint (<see cref="PersonKeyMaterial.Fingerprint"/>).</param>
/// <param name="KeyFunction">siphash-2-4-128 or hmac-sha256-128.</param>
/// <param name="AsOf">The scan's date, yyyy-MM-dd (resident IDs born later are invalid; minors are counted on it).</param>
/// <param name="Rows">Rows with at least one identifier, as the person linker numbered them.</param>
/// <param name="Mentions">Identifiers stored after the header.</param>
/// <param name="Files">Each file's counts.</param>
public sealed record ScanPartial(int Version, string KeyFingerprint, string KeyFunction, string? AsOf, long Rows, long Mentions, IReadOnlyList<TableScan> Files)
{
    public IReadOnlyList<TableScan> Files { get; } = Files ?? throw new ArgumentNullException(nameof(Files));
}

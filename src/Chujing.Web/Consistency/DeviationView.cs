using Chujing.Domain.Consistency;

namespace Chujing.Web.Consistency;

/// <summary>
/// A deviation as the API answers it (CONTRACTS: "Consistency of actual exports with their filing"):
/// <c>{"event", "kind", "path", "severity", "detail", "detailEn", "basis": [{"rule", "citation"}]}</c>, with the
/// ledger leaf of the export when it was recorded.
/// </summary>
public sealed record DeviationView(int Event, DeviationKind Kind, string Path, Severity Severity, string Detail, string DetailEn, IReadOnlyList<DeviationBasis> Basis, long? Leaf)
{
    public static DeviationView From(Deviation d, long? leaf = null) => new(d.Event, d.Kind, d.Path, d.Severity, d.Detail, d.DetailEn, d.Basis, leaf);
}

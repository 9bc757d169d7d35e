using Chujing.Web.Consistency;

namespace Chujing.Cli.Check;

/// <summary>
/// What <c>chujing check --json</c> prints: <c>{"filing", "events", "consistent", "deviations"}</c>, with how many
/// events named another filing (<see cref="Skipped"/>, not checked) and which count kinds were skipped for want of counts.
/// </summary>
internal sealed record CheckReport(string Filing, int Events, bool Consistent, IReadOnlyList<DeviationView> Deviations, int Skipped, IReadOnlyList<string> SkippedKinds);

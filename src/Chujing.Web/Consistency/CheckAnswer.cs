namespace Chujing.Web.Consistency;

/// <summary>
/// The answer to <c>POST /api/check</c>: <c>{"results": [{"event", "allowed", "deviations"}]}</c>. The count kinds
/// (persons over the filing, bands crossed) need the year's counts including the export, so they are decided at
/// ingestion; <see cref="Skipped"/> says so.
/// </summary>
public sealed record CheckAnswer(IReadOnlyList<CheckResult> Results, IReadOnlyList<string> Skipped);

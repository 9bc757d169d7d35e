using Chujing.Domain.Consistency;
using Chujing.Domain.Diagnostics;
using Chujing.Domain.Filings;
using Chujing.Web.Lists;

namespace Chujing.Web.Consistency;

/// <summary>
/// The filters of the deviations list (page and <c>GET /api/deviations</c>): <c>severity</c>, <c>filing</c>,
/// <c>processor</c>, <c>zone</c>, <c>from</c> and <c>to</c> (the export's Beijing day). A bad value is a problem
/// naming its parameter, never silently no filter; a filter of another list (<c>status</c>, <c>pathway</c>, <c>q</c>,
/// <c>entity</c>, <c>entityId</c>) is refused by its name, never read as that list's filter nor ignored.
/// </summary>
public sealed record DeviationFilter(ListQuery List, Severity? Severity)
{
    /// <summary>The query-string parameters the deviations list reads.</summary>
    public static IReadOnlyList<string> Parameters { get; } = ["severity", "filing", "processor", "zone", "from", "to"];

    // Filters other lists take, each with the list it belongs to (as the refusal names it).
    private static readonly (string Name, string Owner)[] OtherLists =
    [
        ("status", "the filings list"),
        ("pathway", "the filings list"),
        ("q", "the filings, evidence and audit lists"),
        ("entity", "the audit log"),
        ("entityId", "the audit log"),
    ];

    /// <summary>Reads the filters from <paramref name="value"/> (a query-string lookup); every bad one is reported at once.</summary>
    public static Result<DeviationFilter> Parse(Func<string, string?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var problems = new List<Diagnostic>();
        foreach (var (name, owner) in OtherLists)
        {
            if (!string.IsNullOrWhiteSpace(value(name)))
            {
                problems.Add(Diagnostic.ForField(DiagnosticKind.Reference, null, name, $"is not a filter of the deviations list (it filters {owner})"));
            }
        }

        // Only the deviations list's own parameters reach the shared parsing, so that each is checked by its name.
        var list = ListQuery.Parse(name => Parameters.Contains(name) ? value(name) : null);
        if (!list.IsSuccess)
        {
            problems.AddRange(list.Diagnostics);
        }

        Severity? severity = null;
        if (value("severity") is { } text && !string.IsNullOrWhiteSpace(text))
        {
            if (FilingNames.TryParse<Severity>(text.Trim(), out var parsed))
            {
                severity = parsed;
            }
            else
            {
                var shown = text.Trim() is { Length: > 40 } t ? t[..40] + "…" : text.Trim();
                problems.Add(Diagnostic.ForField(DiagnosticKind.Reference, null, "severity", $"'{shown}' is not a severity", "serious, major or general"));
            }
        }

        return problems.Count > 0 ? Result<DeviationFilter>.Failure(problems) : new DeviationFilter(list.Value, severity);
    }
}

using Chujing.Domain.Consistency;
using Chujing.Domain.Diagnostics;
using Chujing.Domain.Filings;
using Chujing.Web.Lists;

namespace Chujing.Web.Consistency;

/// <summary>
/// The filters of the deviations list (page and <c>GET /api/deviations</c>): <c>severity</c>, and of the lists'
/// filters (<see cref="ListQuery"/>) <c>filing</c>, <c>processor</c>, <c>zone</c>, <c>from</c> and <c>to</c> (the
/// export's Beijing day). A bad value is a problem naming its parameter, never silently no filter.
/// </summary>
public sealed record DeviationFilter(ListQuery List, Severity? Severity)
{
    /// <summary>Reads the filters from <paramref name="value"/> (a query-string lookup); every bad one is reported at once.</summary>
    public static Result<DeviationFilter> Parse(Func<string, string?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var list = ListQuery.Parse(value);
        var problems = list.IsSuccess ? new List<Diagnostic>() : [.. list.Diagnostics];
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

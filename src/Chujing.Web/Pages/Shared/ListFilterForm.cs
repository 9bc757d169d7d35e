using Chujing.Domain.Diagnostics;
using Chujing.Web.Lists;
using Chujing.Web.Localization;
using Chujing.Web.Processors;

namespace Chujing.Web.Pages.Shared;

/// <summary>
/// The filter form above a list and its export links (<c>_ListFilters.cshtml</c>): which filters the list takes, the
/// processors an official may pick, and the problems of the filters given (Chinese, naming each filter). The
/// export links carry the request's own filters, so the export holds exactly what the page lists, on every page.
/// </summary>
public sealed record ListFilterForm(
    string ExportPath,
    ListQuery? Query,
    IReadOnlyList<string> Problems,
    IReadOnlyList<ProcessorView> Processors,
    bool Zone,
    bool Status = false,
    bool Pathway = false,
    bool Entity = false,
    bool Text = true,
    string? TextHint = null)
{
    /// <summary>A form for <paramref name="parsed"/>: its problems described for a person, with the form's labels.</summary>
    public static ListFilterForm Of(Result<ListQuery> parsed, string exportPath, IReadOnlyList<ProcessorView> processors, bool zone) =>
        new(
            exportPath,
            parsed?.IsSuccess == true ? parsed.Value : null,
            parsed is null || parsed.IsSuccess ? [] : [.. parsed.Diagnostics.Select(d => FormMessages.Describe(d with { Suggestion = null }, UiText.IsEnglish))],
            processors,
            zone);

    /// <summary>The export link of <paramref name="format"/> (csv or xlsx) with the filters in force.</summary>
    public string Export(string format) =>
        ExportPath + "." + format + (Query is { IsEmpty: false } q ? "?" + q.ToQueryString() : string.Empty);
}

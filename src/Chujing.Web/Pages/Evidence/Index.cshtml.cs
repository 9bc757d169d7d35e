using Chujing.Domain.Diagnostics;
using Chujing.Web.Access;
using Chujing.Web.Evidence;
using Chujing.Web.Filings;
using Chujing.Web.Lists;
using Chujing.Web.Localization;
using Chujing.Web.Pages.Shared;
using Chujing.Web.Processors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chujing.Web.Pages.Evidence;

/// <summary>
/// What actually left (事中存证): the recorded exports the caller may see, searched, filtered, paged and exported by
/// the query string, each linked to its filing and its inclusion proof; the ledger bundle; and for an enterprise the
/// upload of an events file, recorded through the same service and policy as <c>POST /api/evidence</c>.
/// </summary>
[Authorize(Policy = Permissions.CountersRead)]
[RequestSizeLimit(MaxUploadBytes + 64 * 1024)]
public sealed class IndexModel(ExportRecordQuery records, UiText text, Consistency.DeviationQueries deviations, ProcessorService processors, IAuthorizationService authorization) : PageModel
{
    /// <summary>The largest events file the page takes.</summary>
    public const int MaxUploadBytes = 10 * 1024 * 1024;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int? Number { get; set; }

    public Caller Caller { get; private set; } = null!;

    public Paging<ExportRecordView> Records { get; private set; } = Paging<ExportRecordView>.Of([], 1, "p");

    public ListFilterForm Filters { get; private set; } = null!;

    public BarChart ByCountry { get; private set; } = new(string.Empty, []);

    /// <summary>The gravest recent deviations of these exports from their filings; the deviations page has them all.</summary>
    public IReadOnlyList<Consistency.DeviationRowView> Deviations { get; private set; } = [];

    /// <summary>True when the caller may upload events (an enterprise).</summary>
    public bool CanUpload { get; private set; }

    /// <summary>What the last upload recorded, or null.</summary>
    public EvidenceReceipt? Receipt { get; private set; }

    /// <summary>Every problem of the last upload, each naming its line, in Chinese (English under the switch).</summary>
    public IReadOnlyList<UploadProblem> UploadProblems { get; private set; } = [];

    /// <summary>The bundle's link: the enterprise's own ledger, or the processor an official filtered on; null otherwise.</summary>
    public string? BundleLink => Caller.IsEnterprise ? "/api/ledger/bundle"
        : Filters.Query?.Processor is { } uscc ? "/api/ledger/bundle?processor=" + Uri.EscapeDataString(uscc) : null;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct).ConfigureAwait(false);

    /// <summary>Records an events file (JSON Lines) for the caller's processor; all of it, or nothing with every bad line.</summary>
    public async Task<IActionResult> OnPostUploadAsync(IFormFile? events, [FromServices] EvidenceService evidence, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Permissions.EvidenceAppend).ConfigureAwait(false)).Succeeded)
        {
            return Forbid();
        }

        var caller = Caller.From(User);
        if (events is null || events.Length == 0)
        {
            UploadProblems = [new UploadProblem(0, text["evidence.no-file"])];
        }
        else if (events.Length > MaxUploadBytes)
        {
            UploadProblems = [new UploadProblem(0, text["evidence.too-large"])];
        }
        else
        {
            using var buffer = new MemoryStream((int)events.Length);
            await events.CopyToAsync(buffer, ct).ConfigureAwait(false);
            var appended = await evidence.AppendLinesAsync(caller, buffer.GetBuffer().AsMemory(0, (int)buffer.Length), Path.GetFileName(events.FileName), ct).ConfigureAwait(false);
            if (appended.IsSuccess)
            {
                Receipt = appended.Value;
            }
            else
            {
                UploadProblems = [.. appended.Diagnostics.Select(Describe)];
            }
        }

        await LoadAsync(ct).ConfigureAwait(false);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Caller = Caller.From(User);
        CanUpload = (await authorization.AuthorizeAsync(User, Permissions.EvidenceAppend).ConfigureAwait(false)).Succeeded;
        var parsed = ListEndpoints.Filter(HttpContext);
        Filters = ListFilterForm.Of(parsed, "/api/evidence/records/export", Caller.IsEnterprise ? [] : await processors.ListAsync(Caller, ct).ConfigureAwait(false), Caller.IsCity)
            with { TextHint = text["evidence.search-hint"] };
        if (parsed.IsSuccess)
        {
            Records = await PagedQuery.PageAsync(records.Search(Caller, parsed.Value), Number, "p", ct).ConfigureAwait(false);
        }

        Deviations = await deviations.ListAsync(Caller, null, null, null, 10, ct).ConfigureAwait(false);
        var countries = await records.PersonsByCountryAsync(Caller, ct).ConfigureAwait(false);
        ByCountry = new BarChart(text["evidence.by-country"], [.. countries.Take(12).Select(c => new KeyValuePair<string, long>(CountryNames.Of(c.Key), c.Value))]);
    }

    // 第 3 行 · 国家或地区：“XX”不是…; a problem of the whole file has no line.
    private static UploadProblem Describe(Diagnostic d)
    {
        var english = UiText.IsEnglish;
        var label = EventLabel(d.Subject, english);
        var message = FormMessages.Message(d.Message, english);
        return new UploadProblem(d.Line, label is null ? message : english ? $"{label}: {message}" : $"{label}：{message}");
    }

    private static string? EventLabel(string? subject, bool english)
    {
        if (string.IsNullOrEmpty(subject))
        {
            return null;
        }

        var bracket = subject.IndexOf('[', StringComparison.Ordinal);
        var field = bracket < 0 ? subject : subject[..bracket];
        var label = UiText.Has("label.event." + field) ? UiText.In("label.event." + field, english) : field;
        if (bracket >= 0 && int.TryParse(subject.AsSpan(bracket + 1, subject.Length - bracket - 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var i))
        {
            return english ? $"{label}, entry {i + 1}" : $"{label}第 {i + 1} 项";
        }

        return label;
    }
}

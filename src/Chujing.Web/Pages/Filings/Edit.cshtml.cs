using Chujing.Domain.Calendar;
using Chujing.Domain.Diagnostics;
using Chujing.Domain.Filings;
using Chujing.Web.Access;
using Chujing.Web.Assessment;
using Chujing.Web.Filings;
using Chujing.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chujing.Web.Pages.Filings;

/// <summary>Draft a new filing or amend one (enterprise users). Problems are shown beside their fields.</summary>
[Authorize(Policy = Permissions.FilingsWrite)]
public sealed class EditModel(FilingService filings, ListZones zones, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    [BindProperty]
    public FilingInput Input { get; set; } = new();

    /// <summary>The processor's year the filing is assessed with (shown beside the counts); null for accounts without a processor.</summary>
    public YearCounts? Year { get; private set; }

    /// <summary>The editions, scenarios and fields to choose from.</summary>
    public CatalogPicker Picker => CatalogPicker.From(zones);

    /// <summary>Problems by field path (e.g. <c>recipients[0].country</c>).</summary>
    public IReadOnlyList<Diagnostic> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadYearAsync(ct).ConfigureAwait(false);
        if (Id is null)
        {
            var today = RegulatoryCalendar.Today(time);
            Input = new FilingInput { ListEdition = zones.DefaultList ?? string.Empty, ValidFrom = today, ValidUntil = today.AddYears(1).AddDays(-1) };
            return Page();
        }

        var result = await filings.GetAsync(Caller.From(User), Id, ct).ConfigureAwait(false);
        return await result.ToPageAsync(this, filing =>
        {
            if (!FilingStateMachine.IsEditable(filing.Status))
            {
                return RedirectToPage("/Filings/Details", new { id = Id });
            }

            Input = FilingInput.From(filing);
            return Page();
        }, _ => Task.FromResult<IActionResult>(NotFound())).ConfigureAwait(false);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadYearAsync(ct).ConfigureAwait(false);
        // A value the browser sent that cannot be bound (a count of "abc") is a field error, never a silent 0; the
        // rest of the form is checked in the same submission (limits, missing values), as the API reports all at once.
        if (!ModelState.IsValid)
        {
            List<Diagnostic> unbound = [.. ModelState.Where(e => e.Value?.Errors.Count > 0).Select(e => Unbound(e.Key))];
            Problems = [.. unbound, .. filings.ContentProblems(Input.ToRequest()).Where(d => !unbound.Any(u => u.Subject == d.Subject))];
            return Page();
        }

        var caller = Caller.From(User);
        var saved = Id is null
            ? await filings.CreateAsync(caller, Input.ToRequest(), ct).ConfigureAwait(false)
            : await filings.AmendAsync(caller, Id, Input.ToRequest(), ct).ConfigureAwait(false);
        return await saved.ToPageAsync(this, filing => RedirectToPage("/Filings/Details", new { id = filing.Id }), problems =>
        {
            Problems = problems;
            return Task.FromResult<IActionResult>(Page());
        }).ConfigureAwait(false);
    }

    private async Task LoadYearAsync(CancellationToken ct) =>
        Year = Caller.From(User).ProcessorId is { } processor ? await filings.YearCountsAsync(processor, Id, ct).ConfigureAwait(false) : null;

    private static Diagnostic Unbound(string key) => key switch
    {
        "Input.PersonsPersonal" => Diagnostic.ForField(null, "persons.personal", "must be a whole number of persons, 0 or more, of at most 19 digits"),
        "Input.PersonsSensitive" => Diagnostic.ForField(null, "persons.sensitive", "must be a whole number of persons, 0 or more, of at most 19 digits"),
        "Input.RetentionMonths" => Diagnostic.ForField(null, "retentionMonths", "must be a whole number of months"),
        "Input.ValidFrom" => Diagnostic.ForField(null, "validFrom", "must be a date written YYYY-MM-DD"),
        "Input.ValidUntil" => Diagnostic.ForField(null, "validUntil", "must be a date written YYYY-MM-DD"),
        "Input.ImportantData" => Diagnostic.ForField(null, "importantData", "must be ticked or not"),
        _ => Diagnostic.ForField(null, key.Replace("Input.", string.Empty, StringComparison.Ordinal), "could not be read"),
    };

    /// <summary>
    /// The messages for one field path, or for every path under it (e.g. <c>recipients</c>), in the UI's language:
    /// a message about the field itself stands under its label; one about an entry names the entry (第 2 项 …).
    /// </summary>
    public IEnumerable<string> ErrorsFor(string field) =>
        Problems.Where(p => p.Subject is { } s && (s == field || s.StartsWith(field + "[", StringComparison.Ordinal) || s.StartsWith(field + ".", StringComparison.Ordinal)))
            .Select(p => p.Subject == field ? FormMessages.Describe(p with { Subject = null }, UiText.IsEnglish) : FormMessages.Describe(p, UiText.IsEnglish));

    /// <summary>Messages that belong to no field of the form, each naming what it concerns.</summary>
    public IEnumerable<string> OtherErrors() =>
        Problems.Where(p => p.Subject is not { } s || !FormFields.Any(f => s == f || s.StartsWith(f + "[", StringComparison.Ordinal) || s.StartsWith(f + ".", StringComparison.Ordinal)))
            .Select(p => FormMessages.Describe(p, UiText.IsEnglish));

    private static readonly string[] FormFields = ["title", "listEdition", "list", "scenario", "fields", "recipients", "purpose", "importantData", "persons", "retentionMonths", "validFrom", "validUntil", "securityMeasures"];
}

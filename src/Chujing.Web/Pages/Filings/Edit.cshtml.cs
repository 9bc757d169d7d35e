using Chujing.Diagnostics;
using Chujing.Filings;
using Chujing.Web.Access;
using Chujing.Web.Filings;
using Chujing.Web.Problems;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chujing.Web.Pages.Filings;

/// <summary>Draft a new filing or amend one (enterprise users). Problems are shown beside their fields.</summary>
[Authorize(Policy = Permissions.FilingsWrite)]
public sealed class EditModel(FilingService filings, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    [BindProperty]
    public FilingInput Input { get; set; } = new();

    /// <summary>Problems by field path (e.g. <c>recipients[0].country</c>).</summary>
    public IReadOnlyList<Diagnostic> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is null)
        {
            var today = BeijingClock.Today(time);
            Input = new FilingInput { ValidFrom = today, ValidUntil = today.AddYears(1).AddDays(-1) };
            return Page();
        }

        try
        {
            var filing = await filings.GetAsync(Caller.From(User), Id, ct).ConfigureAwait(false);
            if (!FilingStateMachine.IsEditable(filing.Status))
            {
                return RedirectToPage("/Filings/Details", new { id = Id });
            }

            Input = FilingInput.From(filing);
            return Page();
        }
        catch (ResourceNotFoundException)
        {
            return NotFound();
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var caller = Caller.From(User);
        try
        {
            var saved = Id is null
                ? await filings.CreateAsync(caller, Input.ToRequest(), ct).ConfigureAwait(false)
                : await filings.AmendAsync(caller, Id, Input.ToRequest(), ct).ConfigureAwait(false);
            return RedirectToPage("/Filings/Details", new { id = saved.Id });
        }
        catch (InvalidInputException e)
        {
            Problems = e.Diagnostics;
            return Page();
        }
        catch (ResourceNotFoundException)
        {
            return NotFound();
        }
    }

    /// <summary>The messages for one field path, or for every path under it (e.g. <c>recipients</c>).</summary>
    public IEnumerable<string> ErrorsFor(string field) =>
        Problems.Where(p => p.Subject is { } s && (s == field || s.StartsWith(field + "[", StringComparison.Ordinal) || s.StartsWith(field + ".", StringComparison.Ordinal)))
            .Select(p => (p.Subject == field ? string.Empty : p.Subject + ": ") + p.Message + (p.Suggestion is null ? string.Empty : $" ({p.Suggestion})"));
}

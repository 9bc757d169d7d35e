using Chujing.Domain.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chujing.Web.Pages;

/// <summary>
/// The one place where a service's result becomes a page's answer: the value goes to the page's own next step; not
/// found → 404 and forbidden → 403, as for the API; an invalid input or a conflicting change shows the page again
/// with its diagnostics beside the fields.
/// </summary>
public static class PageResults
{
    /// <summary>Maps <paramref name="result"/> for <paramref name="page"/>; <paramref name="invalid"/> renders the page again with the problems.</summary>
    public static async Task<IActionResult> ToPageAsync<T>(
        this Result<T> result, PageModel page, Func<T, IActionResult> ok, Func<IReadOnlyList<Diagnostic>, Task<IActionResult>> invalid)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(ok);
        ArgumentNullException.ThrowIfNull(invalid);
        return result.Error switch
        {
            null => ok(result.Value),
            NotFoundError => page.NotFound(),
            ForbiddenError => page.Forbid(),
            InvalidError e => await invalid(DiagnosticSummary.Collapse(e.Diagnostics)).ConfigureAwait(false),
            ConflictError e => await invalid([Diagnostic.ForField(null, "version", e.Message)]).ConfigureAwait(false),
            _ => throw new ArgumentOutOfRangeException(nameof(result), result.Error, "not an error of the closed set"),
        };
    }
}

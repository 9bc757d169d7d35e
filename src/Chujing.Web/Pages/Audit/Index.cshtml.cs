using Chujing.Web.Access;
using Chujing.Web.Audit;
using Chujing.Web.Lists;
using Chujing.Web.Pages.Shared;
using Chujing.Web.Processors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chujing.Web.Pages.Audit;

/// <summary>The audit log of the caller's tenant (officials only): searched, filtered, paged and exported by the query string.</summary>
[Authorize(Policy = Permissions.AuditRead)]
public sealed class IndexModel(AuditService audit, ProcessorService processors) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "p")]
    public int? Number { get; set; }

    public Paging<AuditEntryView> Entries { get; private set; } = Paging<AuditEntryView>.Of([], 1, "p");

    public ListFilterForm Filters { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var caller = Caller.From(User);
        var parsed = ListEndpoints.Filter(HttpContext);
        Filters = ListFilterForm.Of(parsed, "/api/audit/export", await processors.ListAsync(caller, ct).ConfigureAwait(false), caller.IsCity)
            with { Entity = true, TextHint = Localization.UiText.In("audit.search-hint", Localization.UiText.IsEnglish) };
        if (parsed.IsSuccess)
        {
            Entries = await PagedQuery.PageAsync(audit.Search(caller, parsed.Value), Number, "p", ct).ConfigureAwait(false);
        }
    }
}

using Chujing.Web.Access;
using Chujing.Web.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chujing.Web.Pages.Audit;

/// <summary>The audit log of the caller's tenant (officials only).</summary>
[Authorize(Policy = Permissions.AuditRead)]
public sealed class IndexModel(AuditService audit) : PageModel
{
    public IReadOnlyList<AuditEntryView> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Entries = await audit.QueryAsync(Caller.From(User), null, null, 300, ct).ConfigureAwait(false);
}

using Chujing.Persistence;
using Chujing.Web.Access;
using Chujing.Web.Processors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.Pages.Processors;

/// <summary>The processors the caller may see.</summary>
[Authorize(Policy = Permissions.ProcessorsRead)]
public sealed class IndexModel(ChujingDbContext db) : PageModel
{
    public IReadOnlyList<ProcessorView> Processors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Processors = [.. (await db.Processors.AsNoTracking().VisibleTo(Caller.From(User)).OrderBy(p => p.Id).ToListAsync(ct).ConfigureAwait(false)).Select(ProcessorEndpoints.ToView)];
}

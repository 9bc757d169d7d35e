using Chujing.Persistence;
using Chujing.Persistence.Applications;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.Applications;

/// <summary>
/// Which list editions a processor is approved to use: an approval is of one edition (<c>beijing-ftz/2024</c>), never
/// of a later or other edition of the same list, which needs its own application.
/// </summary>
public static class ListApprovals
{
    /// <summary>True when the processor's application for exactly <paramref name="edition"/> was approved.</summary>
    public static Task<bool> IsApprovedAsync(ChujingDbContext db, int processorId, string edition, CancellationToken ct) =>
        db.ListApplications.AnyAsync(a => a.ProcessorId == processorId && a.ListEdition == edition && a.Status == ListApplicationStatus.Approved, ct);
}

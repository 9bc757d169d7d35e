using Microsoft.EntityFrameworkCore;

namespace Chujing.Persistence.Filings;

/// <summary>
/// Keeps the status history in step with the filings, whoever changes them: before each save, every filing added or
/// whose status changed gets a <see cref="FilingStatusRow"/> at its <see cref="Filing.UpdatedAt"/>, in the same save.
/// </summary>
internal static class FilingStatusHistory
{
    public static void Track(ChujingDbContext db)
    {
        db.ChangeTracker.DetectChanges();
        var rows = new List<FilingStatusRow>();
        foreach (var entry in db.ChangeTracker.Entries<Filing>())
        {
            if (entry.State == EntityState.Added || (entry.State == EntityState.Modified && entry.Property(f => f.Status).IsModified))
            {
                rows.Add(new FilingStatusRow { FilingId = entry.Entity.Id, Status = entry.Entity.Status, At = entry.Entity.UpdatedAt });
            }
        }

        db.Set<FilingStatusRow>().AddRange(rows);
    }
}

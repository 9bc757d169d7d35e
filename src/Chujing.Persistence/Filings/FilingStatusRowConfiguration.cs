using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chujing.Persistence.Filings;

internal sealed class FilingStatusRowConfiguration : IEntityTypeConfiguration<FilingStatusRow>
{
    public void Configure(EntityTypeBuilder<FilingStatusRow> builder)
    {
        builder.ToTable("filing_status_history");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.FilingId).HasMaxLength(20);
        builder.Property(h => h.Status).HasConversion<string>().HasMaxLength(32);
        builder.HasOne<Filing>().WithMany().HasForeignKey(h => h.FilingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(h => new { h.FilingId, h.At });
    }
}

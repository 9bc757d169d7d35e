using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chujing.Persistence.Evidence;

internal sealed class ExportRecordConfiguration : IEntityTypeConfiguration<ExportRecord>
{
    public void Configure(EntityTypeBuilder<ExportRecord> builder)
    {
        builder.ToTable("export_records");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.ZoneGroupId).HasMaxLength(32);
        builder.Property(e => e.FilingId).HasMaxLength(20);
        builder.Property(e => e.Recipient).HasMaxLength(200);
        builder.Property(e => e.Country).HasMaxLength(2);
        builder.Property(e => e.Scenario).HasMaxLength(128);
        builder.HasIndex(e => new { e.ProcessorId, e.LeafIndex }).IsUnique();
        builder.HasIndex(e => new { e.ZoneGroupId, e.Year });
    }
}

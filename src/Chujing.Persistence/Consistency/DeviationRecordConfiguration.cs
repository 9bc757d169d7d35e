using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chujing.Persistence.Consistency;

internal sealed class DeviationRecordConfiguration : IEntityTypeConfiguration<DeviationRecord>
{
    public void Configure(EntityTypeBuilder<DeviationRecord> builder)
    {
        builder.ToTable("export_deviations");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.ZoneGroupId).HasMaxLength(32);
        builder.Property(d => d.FilingId).HasMaxLength(64);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.Severity).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.Path).HasMaxLength(64);
        builder.Property(d => d.Detail).HasMaxLength(1000);
        builder.Property(d => d.DetailEn).HasMaxLength(1000);
        builder.HasIndex(d => new { d.ProcessorId, d.LeafIndex });
        builder.HasIndex(d => new { d.ZoneGroupId, d.Severity });
        builder.HasIndex(d => d.FilingId);
    }
}

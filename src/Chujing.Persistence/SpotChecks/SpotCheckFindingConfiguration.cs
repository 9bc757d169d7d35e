using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chujing.Persistence.SpotChecks;

internal sealed class SpotCheckFindingConfiguration : IEntityTypeConfiguration<SpotCheckFinding>
{
    public void Configure(EntityTypeBuilder<SpotCheckFinding> builder)
    {
        builder.ToTable("spot_check_findings");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).HasMaxLength(20);
        builder.Property(f => f.SpotCheckId).HasMaxLength(20);
        builder.Property(f => f.FilingId).HasMaxLength(20);
        builder.Property(f => f.ZoneGroupId).HasMaxLength(32);
        builder.Property(f => f.Kind).HasMaxLength(64);
        builder.Property(f => f.Severity).HasMaxLength(16);
        builder.Property(f => f.Path).HasMaxLength(200);
        builder.Property(f => f.Detail).HasMaxLength(2000);
        builder.Property(f => f.Basis).HasMaxLength(4000);
        builder.Property(f => f.Status).HasMaxLength(32);
        builder.Property(f => f.RootCause).HasMaxLength(4000);
        builder.Property(f => f.Measures).HasMaxLength(4000);
        builder.Property(f => f.AttachmentsJson).HasMaxLength(4000);
        builder.Property(f => f.Note).HasMaxLength(2000);
        builder.Property(f => f.RecheckId).HasMaxLength(20);
        builder.Property(f => f.SetAsideBy).HasMaxLength(20);
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.HasOne<SpotCheck>().WithMany().HasForeignKey(f => f.SpotCheckId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => new { f.ProcessorId, f.Status });
        builder.HasIndex(f => new { f.ZoneGroupId, f.Status });
    }
}

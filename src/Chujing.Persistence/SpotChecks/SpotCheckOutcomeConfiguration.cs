using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chujing.Persistence.SpotChecks;

internal sealed class SpotCheckOutcomeConfiguration : IEntityTypeConfiguration<SpotCheckOutcome>
{
    public void Configure(EntityTypeBuilder<SpotCheckOutcome> builder)
    {
        builder.ToTable("spot_check_outcomes");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.SpotCheckId).HasMaxLength(20);
        builder.Property(o => o.FilingId).HasMaxLength(20);
        builder.Property(o => o.ZoneGroupId).HasMaxLength(32);
        builder.Property(o => o.RiskClass).HasMaxLength(1);
        builder.Property(o => o.Severity).HasMaxLength(16);
        builder.Property(o => o.Reason).HasMaxLength(400);
        builder.HasOne<SpotCheck>().WithMany().HasForeignKey(o => o.SpotCheckId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.SpotCheckId, o.FilingId }).IsUnique();
        builder.HasIndex(o => o.ProcessorId);
    }
}

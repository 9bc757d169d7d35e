using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chujing.Persistence.SpotChecks;

internal sealed class SpotCheckConfiguration : IEntityTypeConfiguration<SpotCheck>
{
    public void Configure(EntityTypeBuilder<SpotCheck> builder)
    {
        builder.ToTable("spot_checks");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasMaxLength(20);
        builder.Property(s => s.ZoneGroupId).HasMaxLength(32);
        builder.Property(s => s.Status).HasMaxLength(16);
        builder.Property(s => s.PopulationHash).HasMaxLength(80);
        builder.Property(s => s.RecheckOf).HasMaxLength(20);
        builder.Property(s => s.Seed).HasMaxLength(1000);
        builder.Property(s => s.CreatedById).HasMaxLength(64);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => new { s.ZoneGroupId, s.Status });
    }
}

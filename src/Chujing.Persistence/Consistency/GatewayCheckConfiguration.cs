using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chujing.Persistence.Consistency;

internal sealed class GatewayCheckConfiguration : IEntityTypeConfiguration<GatewayCheck>
{
    public void Configure(EntityTypeBuilder<GatewayCheck> builder)
    {
        builder.ToTable("gateway_checks");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.ZoneGroupId).HasMaxLength(32);
        builder.Property(c => c.FilingId).HasMaxLength(64);
        builder.Property(c => c.EventDigest).HasMaxLength(200);
        builder.HasIndex(c => new { c.ProcessorId, c.At });
        builder.HasIndex(c => c.EventDigest);
    }
}

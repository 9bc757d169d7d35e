using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chujing.Persistence.SpotChecks;

internal sealed class SpotCheckPayloadConfiguration : IEntityTypeConfiguration<SpotCheckPayload>
{
    public void Configure(EntityTypeBuilder<SpotCheckPayload> builder)
    {
        builder.ToTable("spot_check_payloads");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.SpotCheckId).HasMaxLength(20);
        builder.Property(p => p.Sha256).HasMaxLength(64);
        builder.Property(p => p.FieldsJson).HasMaxLength(8000);
        builder.Property(p => p.ScanProblem).HasMaxLength(400);
        builder.HasOne<SpotCheck>().WithMany().HasForeignKey(p => p.SpotCheckId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.SpotCheckId, p.ProcessorId, p.Leaf }).IsUnique();
    }
}

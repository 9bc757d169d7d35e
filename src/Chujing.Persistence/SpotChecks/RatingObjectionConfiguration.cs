using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chujing.Persistence.SpotChecks;

internal sealed class RatingObjectionConfiguration : IEntityTypeConfiguration<RatingObjection>
{
    public void Configure(EntityTypeBuilder<RatingObjection> builder)
    {
        builder.ToTable("rating_objections");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).HasMaxLength(20);
        builder.Property(o => o.ZoneGroupId).HasMaxLength(32);
        builder.Property(o => o.FindingId).HasMaxLength(20);
        builder.Property(o => o.Reason).HasMaxLength(4000);
        builder.Property(o => o.Status).HasMaxLength(16);
        builder.Property(o => o.RatingWhenFiled).HasMaxLength(16);
        builder.Property(o => o.RatingAfterDecision).HasMaxLength(16);
        builder.Property(o => o.DecisionNote).HasMaxLength(2000);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasOne<SpotCheckFinding>().WithMany().HasForeignKey(o => o.FindingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.ProcessorId, o.Status });
        builder.HasIndex(o => new { o.ZoneGroupId, o.Status });
        builder.HasIndex(o => o.FindingId);
    }
}

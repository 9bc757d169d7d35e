using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chujing.Persistence.Editions;

internal sealed class EditionNoticeConfiguration : IEntityTypeConfiguration<EditionNotice>
{
    public void Configure(EntityTypeBuilder<EditionNotice> builder)
    {
        builder.ToTable("edition_notices");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.EditionId).HasMaxLength(64);
        builder.Property(n => n.FilingId).HasMaxLength(20);
        builder.Property(n => n.ZoneGroupId).HasMaxLength(32);
        builder.Property(n => n.Before).HasMaxLength(64);
        builder.Property(n => n.After).HasMaxLength(64);
        builder.Property(n => n.AfterWithoutApplication).HasMaxLength(64);
        builder.HasIndex(n => new { n.ProcessorId, n.MovedAt });
        builder.HasIndex(n => new { n.ZoneGroupId, n.EditionId });
        builder.HasIndex(n => new { n.EditionId, n.FilingId }).IsUnique();
    }
}

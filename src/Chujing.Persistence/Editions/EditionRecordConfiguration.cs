using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chujing.Persistence.Editions;

internal sealed class EditionRecordConfiguration : IEntityTypeConfiguration<EditionRecord>
{
    /// <summary>The largest edition text the platform keeps (the shipped Beijing list is about 60 KB).</summary>
    public const int MaxYamlLength = 2_000_000;

    public void Configure(EntityTypeBuilder<EditionRecord> builder)
    {
        builder.ToTable("editions");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasMaxLength(64);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(e => e.Status);
        builder.Property(e => e.BasedOn).HasMaxLength(64);
        builder.Property(e => e.Yaml).HasMaxLength(MaxYamlLength);
        builder.Property(e => e.ContentHash).HasMaxLength(80);
        builder.Property(e => e.CreatedBy).HasMaxLength(256);
        builder.Property(e => e.PublishedBy).HasMaxLength(256);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasMany(e => e.Approvals).WithOne().HasForeignKey(a => a.EditionId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chujing.Persistence.Processors;

internal sealed class ProcessorConfiguration : IEntityTypeConfiguration<Processor>
{
    public void Configure(EntityTypeBuilder<Processor> builder)
    {
        builder.ToTable("processors");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Uscc).HasMaxLength(18).IsFixedLength();
        builder.HasIndex(p => p.Uscc).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.ZoneGroupId).HasMaxLength(32);
        builder.HasOne(p => p.ZoneGroup).WithMany().HasForeignKey(p => p.ZoneGroupId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.ContactName).HasMaxLength(100);
        builder.Property(p => p.ContactEmail).HasMaxLength(200);
        builder.Property(p => p.ContactPhone).HasMaxLength(40);
    }
}

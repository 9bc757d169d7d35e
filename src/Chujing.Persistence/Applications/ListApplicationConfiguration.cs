using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chujing.Persistence.Applications;

internal sealed class ListApplicationConfiguration : IEntityTypeConfiguration<ListApplication>
{
    public void Configure(EntityTypeBuilder<ListApplication> builder)
    {
        builder.ToTable("list_applications");
        builder.HasKey(a => a.Id);
        builder.HasOne(a => a.Processor).WithMany().HasForeignKey(a => a.ProcessorId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.ZoneGroupId).HasMaxLength(32);
        builder.HasIndex(a => new { a.ZoneGroupId, a.Status });
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.ListEdition).HasMaxLength(64);
        builder.Property(a => a.Statement).HasMaxLength(4000);
        builder.Property(a => a.DecisionNote).HasMaxLength(2000);
    }
}

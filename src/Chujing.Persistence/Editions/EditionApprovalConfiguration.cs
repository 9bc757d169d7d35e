using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chujing.Persistence.Editions;

internal sealed class EditionApprovalConfiguration : IEntityTypeConfiguration<EditionApproval>
{
    public void Configure(EntityTypeBuilder<EditionApproval> builder)
    {
        builder.ToTable("edition_approvals");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.EditionId).HasMaxLength(64);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.Authority).HasMaxLength(100);
        builder.Property(a => a.DocumentNumber).HasMaxLength(100);
        builder.Property(a => a.RecordedBy).HasMaxLength(256);
    }
}

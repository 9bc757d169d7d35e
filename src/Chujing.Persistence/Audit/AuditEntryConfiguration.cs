using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chujing.Persistence.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.ActorId).HasMaxLength(64);
        builder.Property(a => a.ActorEmail).HasMaxLength(256);
        builder.Property(a => a.Entity).HasMaxLength(32);
        builder.Property(a => a.EntityId).HasMaxLength(64);
        builder.Property(a => a.Action).HasMaxLength(32);
        builder.Property(a => a.ZoneGroupId).HasMaxLength(32);
        builder.HasIndex(a => new { a.Entity, a.EntityId });
        builder.HasIndex(a => a.ZoneGroupId);
    }
}

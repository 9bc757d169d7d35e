using Chujing.Persistence.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chujing.Persistence.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.UserId).HasMaxLength(450);
        builder.Property(n => n.Kind).HasMaxLength(48);
        builder.Property(n => n.Subject).HasMaxLength(32);
        builder.Property(n => n.SubjectId).HasMaxLength(64);
        builder.Property(n => n.TitleZh).HasMaxLength(200);
        builder.Property(n => n.TitleEn).HasMaxLength(300);
        builder.Property(n => n.BodyZh).HasMaxLength(1000);
        builder.Property(n => n.BodyEn).HasMaxLength(1000);
        builder.Property(n => n.Link).HasMaxLength(300);
        builder.Property(n => n.Tally).HasDefaultValue(1L);
        builder.Property(n => n.Level).HasMaxLength(16);
        builder.HasOne<PlatformUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.UserId, n.Id });
        builder.HasIndex(n => new { n.UserId, n.ReadAt });
    }
}

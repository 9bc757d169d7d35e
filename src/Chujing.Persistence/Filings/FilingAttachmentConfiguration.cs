using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chujing.Persistence.Filings;

internal sealed class FilingAttachmentConfiguration : IEntityTypeConfiguration<FilingAttachment>, IEntityTypeConfiguration<FilingAttachmentContent>
{
    public void Configure(EntityTypeBuilder<FilingAttachment> builder)
    {
        builder.ToTable("filing_attachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.FilingId).HasMaxLength(20);
        builder.Property(a => a.Kind).HasMaxLength(32);
        builder.Property(a => a.FileName).HasMaxLength(200);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.Property(a => a.Sha256).HasMaxLength(64);
        builder.Property(a => a.UploadedBy).HasMaxLength(64);
        builder.Property(a => a.UploadedByEmail).HasMaxLength(256);
        builder.HasOne<Filing>().WithMany().HasForeignKey(a => a.FilingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.FilingId);
    }

    public void Configure(EntityTypeBuilder<FilingAttachmentContent> builder)
    {
        builder.ToTable("filing_attachment_contents");
        builder.HasKey(c => c.AttachmentId);
        builder.HasOne<FilingAttachment>().WithOne().HasForeignKey<FilingAttachmentContent>(c => c.AttachmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

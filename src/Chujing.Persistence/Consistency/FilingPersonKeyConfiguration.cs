using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chujing.Persistence.Consistency;

internal sealed class FilingPersonKeyConfiguration : IEntityTypeConfiguration<FilingPersonKey>
{
    public void Configure(EntityTypeBuilder<FilingPersonKey> builder)
    {
        builder.ToTable("filing_person_keys");
        builder.HasKey(k => new { k.FilingId, k.Year, k.Sensitive, k.KeyHash });
        builder.Property(k => k.FilingId).HasMaxLength(20);
        builder.Property(k => k.KeyHash).HasMaxLength(128);
    }
}

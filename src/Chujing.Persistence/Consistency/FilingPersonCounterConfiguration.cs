using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chujing.Persistence.Consistency;

internal sealed class FilingPersonCounterConfiguration : IEntityTypeConfiguration<FilingPersonCounter>
{
    public void Configure(EntityTypeBuilder<FilingPersonCounter> builder)
    {
        builder.ToTable("filing_person_counters");
        builder.HasKey(c => new { c.FilingId, c.Year, c.Sensitive });
        builder.Property(c => c.FilingId).HasMaxLength(20);
    }
}

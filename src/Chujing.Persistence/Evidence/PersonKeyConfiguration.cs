using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chujing.Persistence.Evidence;

internal sealed class PersonKeyConfiguration : IEntityTypeConfiguration<PersonKey>
{
    public void Configure(EntityTypeBuilder<PersonKey> builder)
    {
        builder.ToTable("person_keys");
        builder.HasKey(k => new { k.ProcessorId, k.Year, k.Sensitive, k.KeyHash });
        builder.Property(k => k.KeyHash).HasMaxLength(128);
    }
}

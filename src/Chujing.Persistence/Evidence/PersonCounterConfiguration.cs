using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chujing.Persistence.Evidence;

internal sealed class PersonCounterConfiguration : IEntityTypeConfiguration<PersonCounter>
{
    public void Configure(EntityTypeBuilder<PersonCounter> builder)
    {
        builder.ToTable("person_counters");
        builder.HasKey(c => new { c.ProcessorId, c.Year, c.Sensitive });
    }
}

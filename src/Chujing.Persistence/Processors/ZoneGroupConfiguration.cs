using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chujing.Persistence.Processors;

internal sealed class ZoneGroupConfiguration : IEntityTypeConfiguration<ZoneGroup>
{
    public void Configure(EntityTypeBuilder<ZoneGroup> builder)
    {
        builder.ToTable("zone_groups");
        builder.HasKey(z => z.Id);
        builder.Property(z => z.Id).HasMaxLength(32);
        builder.Property(z => z.Name).HasMaxLength(32);
        builder.Property(z => z.NameEn).HasMaxLength(64);

        // Reference data: part of the schema, so every database has the seven groups from its first migration.
        builder.HasData(ZoneGroup.Beijing.Select(z => new ZoneGroup { Id = z.Id, Name = z.Name, NameEn = z.NameEn }));
    }
}

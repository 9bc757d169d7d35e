using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chujing.Persistence.Filings;

internal sealed class FilingConfiguration : IEntityTypeConfiguration<Filing>
{
    public void Configure(EntityTypeBuilder<Filing> builder)
    {
        builder.ToTable("filings");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).HasMaxLength(20);
        builder.HasOne(f => f.Processor).WithMany().HasForeignKey(f => f.ProcessorId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(f => f.ZoneGroupId).HasMaxLength(32);
        builder.HasIndex(f => new { f.ZoneGroupId, f.Status });
        builder.HasIndex(f => new { f.ProcessorId, f.Status });
        builder.Property(f => f.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(f => f.Title).HasMaxLength(200);
        builder.Property(f => f.ListEdition).HasMaxLength(64);
        builder.Property(f => f.Scenario).HasMaxLength(128);
        builder.Property(f => f.Purpose).HasMaxLength(2000);
        builder.Property(f => f.SecurityMeasures).HasMaxLength(4000);
        builder.Property(f => f.Pathway).HasConversion(PathwayColumn.Converter).HasMaxLength(64);
        builder.Property(f => f.ReassessedPathway).HasConversion(PathwayColumn.Converter).HasMaxLength(64);
        builder.Property(f => f.CatalogStamp).HasMaxLength(1000);
        builder.Property(f => f.PathwayReference).HasMaxLength(100);
        builder.Property(f => f.ReviewNote).HasMaxLength(2000);
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.OwnsMany(f => f.Recipients, r =>
        {
            r.ToTable("filing_recipients");
            r.WithOwner().HasForeignKey("FilingId");
            r.Property<int>("Id");
            r.HasKey("Id");
            r.Property(x => x.Name).HasMaxLength(200);
            r.Property(x => x.Country).HasMaxLength(2);
        });
        builder.OwnsMany(f => f.Basis, b =>
        {
            b.ToTable("filing_basis");
            b.WithOwner().HasForeignKey("FilingId");
            b.Property<int>("Id");
            b.HasKey("Id");
            b.Property(x => x.Rule).HasMaxLength(200);
            b.Property(x => x.Title).HasMaxLength(500);
            b.Property(x => x.Citation).HasMaxLength(500);
            b.Property(x => x.Explanation).HasMaxLength(4000);
            b.Property(x => x.ExplanationZh).HasMaxLength(4000);
            b.Property(x => x.Pathway).HasConversion(PathwayColumn.Converter).HasMaxLength(64);
        });
    }
}

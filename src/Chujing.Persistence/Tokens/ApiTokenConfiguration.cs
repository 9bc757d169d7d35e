using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chujing.Persistence.Tokens;

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> builder)
    {
        builder.ToTable("api_tokens");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.ZoneGroupId).HasMaxLength(32);
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.TokenHash).HasMaxLength(64);
        builder.Property(t => t.Prefix).HasMaxLength(16);
        builder.Property(t => t.CreatedBy).HasMaxLength(450);
        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.HasIndex(t => t.ProcessorId);
        builder.HasOne<Processors.Processor>().WithMany().HasForeignKey(t => t.ProcessorId).OnDelete(DeleteBehavior.Restrict);
    }
}

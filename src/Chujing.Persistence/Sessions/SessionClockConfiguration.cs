using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chujing.Persistence.Sessions;

internal sealed class SessionClockConfiguration : IEntityTypeConfiguration<SessionClock>
{
    public void Configure(EntityTypeBuilder<SessionClock> builder)
    {
        builder.ToTable("session_clock");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasData(new SessionClock { Id = SessionClock.SingletonId, Version = 0 });
    }
}

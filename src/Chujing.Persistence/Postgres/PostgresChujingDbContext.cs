using Microsoft.EntityFrameworkCore;

namespace Chujing.Persistence.Postgres;

/// <summary>The PostgreSQL flavour of <see cref="ChujingDbContext"/>; owns the migrations in Postgres/Migrations.</summary>
public sealed class PostgresChujingDbContext : ChujingDbContext
{
    public PostgresChujingDbContext(DbContextOptions<PostgresChujingDbContext> options)
        : base(options)
    {
    }
}

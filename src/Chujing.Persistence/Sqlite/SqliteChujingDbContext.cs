using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Chujing.Persistence.Sqlite;

/// <summary>The SQLite flavour of <see cref="ChujingDbContext"/>; owns the migrations in Sqlite/Migrations.</summary>
public sealed class SqliteChujingDbContext : ChujingDbContext
{
    public SqliteChujingDbContext(DbContextOptions<SqliteChujingDbContext> options)
        : base(options)
    {
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no date-time-with-offset type; stored as a sortable 64-bit number so that ORDER BY and
        // comparisons run in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

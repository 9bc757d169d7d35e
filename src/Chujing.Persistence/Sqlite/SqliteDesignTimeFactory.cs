using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Chujing.Persistence.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add … --context SqliteChujingDbContext</c> build the model without a host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteChujingDbContext>
{
    public SqliteChujingDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteChujingDbContext>().UseSqlite("Data Source=design.db").Options);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Chujing.Persistence.Postgres;

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresChujingDbContext</c> build the model without a server.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresChujingDbContext>
{
    public PostgresChujingDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresChujingDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}

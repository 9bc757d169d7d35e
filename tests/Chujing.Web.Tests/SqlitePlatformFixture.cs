using Chujing.Persistence;
using Microsoft.Data.Sqlite;

namespace Chujing.Web.Tests;

public sealed class SqlitePlatformFixture : PlatformFixture
{
    private readonly string _dir = Directory.CreateTempSubdirectory("chujing-web-").FullName;

    public override string ProviderName => "sqlite";

    protected override Task<DatabaseLocation> CreateDatabaseAsync() =>
        Task.FromResult(DatabaseLocation.Parse(Path.Combine(_dir, "chujing.db")));

    protected override Task DisposeDatabaseAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class SqlitePlatformCollection : ICollectionFixture<SqlitePlatformFixture>
{
    public const string Name = "sqlite-platform";
}

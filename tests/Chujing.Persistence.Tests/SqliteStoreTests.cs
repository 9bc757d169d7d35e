namespace Chujing.Persistence.Tests;

public sealed class SqliteStoreTests : StoreTests, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("chujing-store-").FullName;

    protected override DatabaseLocation CreateDatabase() =>
        DatabaseLocation.Parse(Path.Combine(_dir, Guid.NewGuid().ToString("N") + ".db"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}

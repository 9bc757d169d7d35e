namespace Chujing.Persistence.Tests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresStoreTests(PostgresFixture postgres) : StoreTests
{
    protected override DatabaseLocation CreateDatabase() => DatabaseLocation.Parse(postgres.Server.CreateDatabase("store"));
}

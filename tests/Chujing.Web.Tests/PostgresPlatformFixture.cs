using Chujing.Persistence;
using Chujing.TestSupport;

namespace Chujing.Web.Tests;

/// <summary>The platform on a real PostgreSQL server started for this test run.</summary>
public sealed class PostgresPlatformFixture : PlatformFixture
{
    private PostgresServer? _server;

    public override string ProviderName => "postgres";

    protected override Task<DatabaseLocation> CreateDatabaseAsync()
    {
        _server = PostgresServer.Start();
        return Task.FromResult(DatabaseLocation.Parse(_server.CreateDatabase("web")));
    }

    protected override async Task DisposeDatabaseAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresPlatformCollection : ICollectionFixture<PostgresPlatformFixture>
{
    public const string Name = "postgres-platform";
}

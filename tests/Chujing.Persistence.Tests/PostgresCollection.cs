using Chujing.TestSupport;

namespace Chujing.Persistence.Tests;

/// <summary>One PostgreSQL server for the whole assembly.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres";
}

/// <summary>Starts the server on first use and stops it when the assembly is done.</summary>
public sealed class PostgresFixture : IDisposable
{
    private readonly Lazy<PostgresServer> _server = new(PostgresServer.Start);

    public PostgresServer Server => _server.Value;

    public void Dispose()
    {
        if (_server.IsValueCreated)
        {
            _server.Value.Dispose();
        }
    }
}

using Chujing.TestSupport;

namespace Chujing.Scanning.Tests;

/// <summary>One real PostgreSQL server for the tests of this assembly that need it.</summary>
public sealed class PostgresFixture : IDisposable
{
    public PostgresServer Server { get; } = PostgresServer.Start();

    public void Dispose() => Server.Dispose();
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres";
}

using Chujing.TestSupport;

using Chujing.Domain.Evidence;

namespace Chujing.Evidence.Tests.Storage;

/// <summary>One PostgreSQL server for the test assembly (xunit needs a public constructor, the server a factory).</summary>
public sealed class PostgresFixture : IDisposable
{
    public PostgresServer Server { get; } = PostgresServer.Start();

    public void Dispose() => Server.Dispose();
}

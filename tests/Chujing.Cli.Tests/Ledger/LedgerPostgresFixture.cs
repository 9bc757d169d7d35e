using Chujing.TestSupport;

namespace Chujing.Cli.Tests.Ledger;

/// <summary>One PostgreSQL server for the ledger CLI tests (xunit needs a public constructor, the server a factory).</summary>
public sealed class LedgerPostgresFixture : IDisposable
{
    public PostgresServer Server { get; } = PostgresServer.Start();

    public void Dispose() => Server.Dispose();
}

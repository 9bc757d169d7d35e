using Chujing.Domain.Evidence;

namespace Chujing.Evidence.Tests.Storage;

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres";
}

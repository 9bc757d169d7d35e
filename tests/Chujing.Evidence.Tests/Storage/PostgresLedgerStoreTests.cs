using Npgsql;

using Chujing.Domain.Evidence;

namespace Chujing.Evidence.Tests.Storage;

[Collection(PostgresCollection.Name)]
public sealed class PostgresLedgerStoreTests(PostgresFixture fixture) : LedgerStoreTests
{
    protected override string NewLocation() => fixture.Server.CreateDatabase("ledger");

    protected override void Tamper(string location, string table, string column, string where, Func<object, object> change)
    {
        using var connection = new NpgsqlConnection(location);
        connection.Open();
        Execute(connection, $"ALTER TABLE ledger.{table} DISABLE TRIGGER ALL");
        using var read = new NpgsqlCommand($"SELECT {column} FROM ledger.{table} WHERE {where}", connection);
        var value = read.ExecuteScalar()!;
        using var write = new NpgsqlCommand($"UPDATE ledger.{table} SET {column} = @v WHERE {where}", connection);
        write.Parameters.AddWithValue("v", change(value));
        Assert.Equal(1, write.ExecuteNonQuery());
    }

    protected override string OneByteBlob => "decode('00', 'hex')";

    protected override void CutBack(string location, long size)
    {
        using var connection = new NpgsqlConnection(location);
        connection.Open();
        Execute(connection, $"""
            ALTER TABLE ledger.leaves DISABLE TRIGGER ALL; ALTER TABLE ledger.nodes DISABLE TRIGGER ALL; ALTER TABLE ledger.tree_heads DISABLE TRIGGER ALL;
            DELETE FROM ledger.leaves WHERE idx >= {size}; DELETE FROM ledger.nodes WHERE ((idx + 1) << level) > {size}; DELETE FROM ledger.tree_heads WHERE size > {size};
            """);
    }

    protected override void RawExecute(string location, string sql)
    {
        using var connection = new NpgsqlConnection(location);
        connection.Open();
        Execute(connection, sql.Replace("{", "ledger.", StringComparison.Ordinal).Replace("}", string.Empty, StringComparison.Ordinal));
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}

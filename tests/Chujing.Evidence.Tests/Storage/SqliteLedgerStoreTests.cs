using Microsoft.Data.Sqlite;

using Chujing.Domain.Evidence;

namespace Chujing.Evidence.Tests.Storage;

public sealed class SqliteLedgerStoreTests : LedgerStoreTests, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chujing-ledger-").FullName;

    protected override string NewLocation() => Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db");

    protected override void Tamper(string location, string table, string column, string where, Func<object, object> change)
    {
        using var connection = Open(location);
        using var drop = connection.CreateCommand();
        drop.CommandText = $"DROP TRIGGER {table}_no_update";
        drop.ExecuteNonQuery();
        using var read = connection.CreateCommand();
        read.CommandText = $"SELECT {column} FROM {table} WHERE {where}";
        var value = read.ExecuteScalar()!;
        using var write = connection.CreateCommand();
        write.CommandText = $"UPDATE {table} SET {column} = $v WHERE {where}";
        write.Parameters.AddWithValue("$v", change(value));
        Assert.Equal(1, write.ExecuteNonQuery());
    }

    protected override void CutBack(string location, long size)
    {
        using var connection = Open(location);
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            DROP TRIGGER leaves_no_delete; DROP TRIGGER nodes_no_delete; DROP TRIGGER tree_heads_no_delete;
            DELETE FROM leaves WHERE idx >= {size}; DELETE FROM nodes WHERE ((idx + 1) << level) > {size}; DELETE FROM tree_heads WHERE size > {size};
            """;
        command.ExecuteNonQuery();
    }

    protected override string OneByteBlob => "x'00'";

    protected override void RawExecute(string location, string sql)
    {
        using var connection = Open(location);
        using var command = connection.CreateCommand();
        command.CommandText = sql.Replace("{", string.Empty, StringComparison.Ordinal).Replace("}", string.Empty, StringComparison.Ordinal);
        command.ExecuteNonQuery();
    }

    [Fact]
    public void Open_NewLog_UsesWalAndFullSync()
    {
        var location = NewLocation();
        using (var store = Evidence.Storage.SqliteLedgerStore.Open(location, create: true))
        {
            store.Create(new Evidence.Storage.LedgerMetadata("chujing-ledger/v1", "sha256-ed25519", [1], 4, "2026-11-27T08:00:00.000Z"), new TreeHead(0, new byte[32], DateTimeOffset.UnixEpoch, [1]));
        }

        using var connection = Open(location);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
    }

    private static SqliteConnection Open(string location)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = location, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

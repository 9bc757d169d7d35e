using System.Security.Cryptography;
using Chujing.Domain.Diagnostics;
using Chujing.Evidence.Storage;
using Chujing.Evidence.Suites;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Chujing.Evidence.Tests.Storage;

/// <summary>
/// Signing keys in the database are encrypted under a key-encryption key that is not: without it, or with another,
/// the log signs nothing; a key moved to another log's row does not decrypt.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class LedgerKeyEncryptionTests(PostgresFixture fixture)
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero));

    private static LedgerKeyEncryption NewKek() => LedgerKeyEncryption.FromHex(Convert.ToHexString(RandomNumberGenerator.GetBytes(32)), "test");

    [Fact]
    public void StoredKey_Encrypted_OpensOnlyWithItsKeyEncryptionKey()
    {
        var database = fixture.Server.CreateDatabase("kek");
        var kek = NewKek();
        byte[] privateKey;
        using (var logs = PostgresLedgerLogs.Open(database, kek))
        {
            var (ledger, key) = logs.OpenOrCreate("A", LedgerSuites.Sha256Ed25519, _time);
            ledger.Append(TestEvents.Events(0, 3), key, _time);
            privateKey = key.PrivateKey;
        }

        var (protection, stored) = StoredKey(database, "A");
        Assert.Equal("aes-256-gcm:" + kek.Id, protection);
        Assert.True(stored.AsSpan().IndexOf(privateKey) < 0, "the private key is stored in the clear");

        using (var same = PostgresLedgerLogs.Open(database, kek))
        {
            var (ledger, key) = same.OpenOrCreate("A", LedgerSuites.Sha256Ed25519, _time);
            Assert.Equal(privateKey, key.PrivateKey);
            Assert.Equal(6, ledger.Append(TestEvents.Events(3, 3), key, _time).Size);
        }

        using (var none = PostgresLedgerLogs.Open(database))
        {
            var refused = Assert.Throws<EnvironmentFailureException>(() => none.OpenOrCreate("A", LedgerSuites.Sha256Ed25519, _time));
            Assert.Contains(LedgerKeyEncryption.EnvironmentVariable, refused.Message, StringComparison.Ordinal);
        }

        using (var other = PostgresLedgerLogs.Open(database, NewKek()))
        {
            var refused = Assert.Throws<EnvironmentFailureException>(() => other.OpenOrCreate("A", LedgerSuites.Sha256Ed25519, _time));
            Assert.Contains(kek.Id, refused.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void StoredKey_MovedToAnotherLog_DoesNotDecrypt()
    {
        var database = fixture.Server.CreateDatabase("kek");
        var kek = NewKek();
        using var logs = PostgresLedgerLogs.Open(database, kek);
        logs.OpenOrCreate("A", LedgerSuites.Sha256Ed25519, _time);
        logs.OpenOrCreate("B", LedgerSuites.Sha256Ed25519, _time);
        using (var connection = new NpgsqlConnection(database))
        {
            connection.Open();
            using var swap = new NpgsqlCommand("""
                ALTER TABLE ledgers.signing_keys DISABLE TRIGGER ALL;
                UPDATE ledgers.signing_keys SET private_key = (SELECT k.private_key FROM ledgers.signing_keys k JOIN ledgers.logs l ON l.id = k.log_id WHERE l.name = 'A')
                WHERE log_id = (SELECT id FROM ledgers.logs WHERE name = 'B');
                """, connection);
            swap.ExecuteNonQuery();
        }

        var refused = Assert.Throws<EnvironmentFailureException>(() => logs.OpenOrCreate("B", LedgerSuites.Sha256Ed25519, _time));
        Assert.Contains("does not decrypt", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("zz00000000000000000000000000000000000000000000000000000000000000")]
    public void FromHex_NotSixtyFourHexDigits_NamesTheSource(string text)
    {
        var refused = Assert.Throws<InvalidInputException>(() => LedgerKeyEncryption.FromHex(text, LedgerKeyEncryption.EnvironmentVariable));
        Assert.Contains(LedgerKeyEncryption.EnvironmentVariable, refused.Diagnostics[0].ToString(), StringComparison.Ordinal);
    }

    private static (string Protection, byte[] Stored) StoredKey(string database, string log)
    {
        using var connection = new NpgsqlConnection(database);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT k.protection, k.private_key FROM ledgers.signing_keys k JOIN ledgers.logs l ON l.id = k.log_id WHERE l.name = @name", connection);
        command.Parameters.AddWithValue("name", log);
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        return (reader.GetString(0), (byte[])reader[1]);
    }
}

using Chujing.Domain.Classification;
using Chujing.Domain.Diagnostics;
using Npgsql;

namespace Chujing.Scanning.Tests;

[Collection(PostgresCollection.Name)]
public sealed class DbTableTests(PostgresFixture postgres)
{
    [Fact]
    public void Open_PostgresMissingTable_IsInvalidInputNamingIt()
    {
        var db = postgres.Server.CreateDatabase("missing");
        var e = Assert.Throws<InvalidInputException>(() => TableSource.Open(db, new TableSourceOptions { Table = "nosuch" }));
        Assert.Contains("nosuch", e.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_PostgresQueryInASchema_StreamsTheResult()
    {
        var db = postgres.Server.CreateDatabase("query");
        using (var connection = new NpgsqlConnection(db))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE SCHEMA crm; CREATE TABLE crm.\"客户\" (\"手机号\" text, born date);"
                + "INSERT INTO crm.\"客户\" SELECT '138' || lpad(i::text, 8, '0'), date '1990-01-01' + i FROM generate_series(1, 3000) i;";
            command.ExecuteNonQuery();
        }

        using (var reader = TableSource.Open(db, new TableSourceOptions { Table = "crm.客户" }))
        {
            var report = Scanner.Scan(reader, new ScanOptions());
            Assert.Equal(3000, report.Rows);
            Assert.Equal("cn-mobile", report.Columns[0].Types[0].Type);
            Assert.Equal(3000, report.Persons.Distinct);
        }

        using (var reader = TableSource.Open(db, new TableSourceOptions { Query = "SELECT born AS 出生日期 FROM crm.\"客户\" WHERE born < date '1991-01-01'" }))
        {
            var report = Scanner.Scan(reader, new ScanOptions());
            Assert.Equal(364, report.Rows);
            Assert.Equal("date-of-birth", report.Columns[0].Types[0].Type);
        }
    }

    [Fact]
    public void Open_PostgresBadQuery_IsInvalidInput()
    {
        var db = postgres.Server.CreateDatabase("bad");
        Assert.Throws<InvalidInputException>(() => TableSource.Open(db, new TableSourceOptions { Query = "SELEC nonsense" }));
    }
}

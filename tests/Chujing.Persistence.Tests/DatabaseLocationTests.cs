namespace Chujing.Persistence.Tests;

public sealed class DatabaseLocationTests
{
    [Theory]
    [InlineData(null, DatabaseProvider.Sqlite)]
    [InlineData("data/chujing.db", DatabaseProvider.Sqlite)]
    [InlineData("Data Source=x.db", DatabaseProvider.Sqlite)]
    [InlineData("Host=127.0.0.1;Database=chujing;Username=app", DatabaseProvider.Postgres)]
    [InlineData("postgres://app:secret@db.local:5433/chujing", DatabaseProvider.Postgres)]
    public void Parse_DbOption_PicksTheProvider(string? db, DatabaseProvider expected) =>
        Assert.Equal(expected, DatabaseLocation.Parse(db).Provider);

    [Fact]
    public void Parse_PostgresUri_BecomesAConnectionString()
    {
        var location = DatabaseLocation.Parse("postgres://app:s%40cret@db.local:5433/chujing");
        Assert.Contains("Port=5433", location.ConnectionString, StringComparison.Ordinal);
        Assert.Contains("Database=chujing", location.ConnectionString, StringComparison.Ordinal);
        Assert.Contains("Password=s@cret", location.ConnectionString, StringComparison.Ordinal);
    }
}

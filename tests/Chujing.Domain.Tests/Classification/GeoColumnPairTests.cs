using Chujing.Domain.Classification;

namespace Chujing.Domain.Tests.Classification;

public sealed class GeoColumnPairTests
{
    [Theory]
    [InlineData("纬度", "经度")]
    [InlineData("lat", "lng")]
    [InlineData("latitude", "longitude")]
    [InlineData("user_lat", "user_lon")]
    public void Scan_SeparateLatitudeAndLongitudeColumns_AreDetectedAsASensitivePosition(string latitude, string longitude)
    {
        var columns = Scan(["姓名", latitude, longitude], [["张三", "39.904200", "116.407400"], ["李四", "31.230416", "121.473701"], ["王五", "-33.868800", "151.209300"]]);
        Assert.DoesNotContain(columns[0].Types, t => t.Type == "geo-coordinate");
        foreach (var column in columns.Skip(1))
        {
            Assert.Equal("geo-coordinate", Assert.Single(column.Types).Type);
            Assert.True(column.Sensitive);
        }
    }

    [Fact]
    public void Scan_LatitudeColumnWithoutALongitudeColumn_IsNotAPosition()
    {
        var columns = Scan(["纬度", "备注"], [["39.904200", "a"], ["31.230416", "b"]]);
        Assert.Empty(columns[0].Types);
    }

    [Fact]
    public void Scan_LatitudeColumnOutOfRange_IsNotAPosition()
    {
        var columns = Scan(["lat", "lng"], [["139.904200", "116.407400"], ["131.230416", "121.473701"]]);
        Assert.Empty(columns[0].Types);
        Assert.Equal("geo-coordinate", columns[1].Types[0].Type);
    }

    private static IReadOnlyList<ColumnReport> Scan(string[] names, IReadOnlyList<IReadOnlyList<string?>> rows)
    {
        var plan = ColumnClassifier.Plan(names, rows, new ScanOptions(), new PersonKeyHasher(new byte[16]));
        var tally = plan.CreateTally(null);
        foreach (var row in rows)
        {
            plan.ProcessRow(new StringRowCells(row), tally);
        }

        return plan.Report(tally);
    }
}

using Chujing.Domain.Classification;

namespace Chujing.Domain.Tests.Classification;

public sealed class ColumnClassifierTests
{
    private static readonly byte[] Key = new byte[16];

    [Theory]
    [InlineData("身份证号", "cn-resident-id")]
    [InlineData("证件号码", "cn-resident-id,cn-passport,cn-travel-permit")]
    [InlineData("id_card", "cn-resident-id")]
    [InlineData("customerIdNo", "cn-resident-id")]
    [InlineData("手机号", "cn-mobile")]
    [InlineData("login_ip", "ip-address")]
    [InlineData("登录IP", "ip-address")]
    [InlineData("zip", "")]
    [InlineData("hotel", "")]
    [InlineData("product_name", "")]
    [InlineData("name", "person-name")]
    [InlineData("银行卡号", "bank-card")]
    [InlineData("订单号", "")]
    public void TypesFor_ColumnNames_GiveTheirHints(string name, string expected)
    {
        Assert.Equal(expected, string.Join(',', ColumnNameHints.TypesFor(name)));
    }

    [Fact]
    public void Report_DatesWithoutABirthName_AreNotDatesOfBirth()
    {
        var report = Scan(["下单日期", "出生日期"], [["2024-01-05", "1990-01-31"], ["2024-02-06", "1985-12-01"]]);
        Assert.Empty(report[0].Types);
        Assert.Equal("date-of-birth", report[1].Types[0].Type);
    }

    [Fact]
    public void Report_NamesWithoutAHint_NeedNearlyAllValuesToMatch()
    {
        var rows = Enumerable.Range(0, 100).Select(i => (IReadOnlyList<string?>)[i < 90 ? "张三" : "Widget", i < 90 ? "张三" : "Widget"]).ToList();
        var report = Scan(["联系人", "col"], rows);
        Assert.Equal("person-name", report[0].Types[0].Type);
        Assert.Empty(report[1].Types);
        Assert.Equal("person-name", report[1].Weak[0].Type);
    }

    [Fact]
    public void Report_UsccWithFailedCheckCharacters_CountsThemAsSuspectAndKeepsTheType()
    {
        var report = Scan(["统一社会信用代码"], [["91350100M000100Y43"], ["91350100M000100Y40"], ["91110000100000000R"], ["52110000500021676T"]]);
        var type = report[0].Types[0];
        Assert.Equal(("uscc", 3L, 1L, 1.0), (type.Type, type.Matches, type.Suspect, type.Ratio));
        Assert.False(report[0].Personal);
    }

    [Fact]
    public void Report_BelowThreshold_IsWeakNotAType()
    {
        var rows = Enumerable.Range(0, 10).Select(i => (IReadOnlyList<string?>)[i < 7 ? "13800138000" : "n/a"]).ToList();
        var report = Scan(["mobile"], rows);
        Assert.Empty(report[0].Types);
        Assert.Equal(0.7, report[0].Weak[0].Ratio);
        Assert.Equal("cn-mobile", Scan(["mobile"], rows, threshold: 0.6)[0].Types[0].Type);
    }

    [Fact]
    public void ProcessRow_PersonIdentifiers_AreEveryKindOfTheRowCanonicalised()
    {
        // Rows 1 and 2 share a resident ID (x and X are one), with different mobiles; row 3 has only row 1's mobile.
        var sink = new CollectingSink();
        IReadOnlyList<IReadOnlyList<string?>> rows =
        [
            ["13800138000", "11010519491231002X"],
            ["15912345678", "11010519491231002x"],
            ["13800138000", null],
        ];
        var plan = ColumnClassifier.Plan(["手机号", "身份证号"], rows, new ScanOptions(), new PersonKeyHasher(Key));
        var tally = plan.CreateTally(sink);
        foreach (var row in rows)
        {
            plan.ProcessRow(new StringRowCells(row), tally);
        }

        tally.Flush();
        Assert.Equal(3, sink.Rows.Count);
        Assert.Equal((true, true), (sink.Rows[0].Has(PersonIdentifiers.ResidentId), sink.Rows[0].Has(2)));
        Assert.Equal(sink.Rows[0][PersonIdentifiers.ResidentId], sink.Rows[1][PersonIdentifiers.ResidentId]);
        Assert.NotEqual(sink.Rows[0][2], sink.Rows[1][2]);
        Assert.Equal((false, true), (sink.Rows[2].Has(PersonIdentifiers.ResidentId), sink.Rows[2].Has(2)));
        Assert.Equal(sink.Rows[0][2], sink.Rows[2][2]);
        Assert.Equal(3, tally.RowsIdentified);
    }

    private static IReadOnlyList<ColumnReport> Scan(string[] names, IReadOnlyList<IReadOnlyList<string?>> rows, double threshold = 0.8)
    {
        var plan = ColumnClassifier.Plan(names, rows, new ScanOptions { Threshold = threshold }, new PersonKeyHasher(Key));
        var tally = plan.CreateTally(null);
        foreach (var row in rows)
        {
            plan.ProcessRow(new StringRowCells(row), tally);
        }

        return plan.Report(tally);
    }

    private sealed class CollectingSink : IPersonKeySink
    {
        public List<PersonIdentifiers> Rows { get; } = [];

        public void Add(ReadOnlySpan<PersonIdentifiers> rows) => Rows.AddRange(rows.ToArray());
    }
}

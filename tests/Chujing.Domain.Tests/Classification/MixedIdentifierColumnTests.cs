using Chujing.Domain.Classification;

namespace Chujing.Domain.Tests.Classification;

public sealed class MixedIdentifierColumnTests
{
    [Fact]
    public void Scan_ColumnOf60PercentResidentIdsAnd40PercentPassports_IsPersonalWithEachTypesShare_NotEmpty()
    {
        string[] ids = ["11010519491231002X", "440304199001011233", "320106200002293455", "510107198512315679", "62010219761005001X", "110105491231002"];
        string[] passports = ["E12345678", "EA1234567", "G12345678", "E87654321"];
        IReadOnlyList<IReadOnlyList<string?>> rows = [.. ids.Concat(passports).Select(v => (IReadOnlyList<string?>)[v])];
        var plan = ColumnClassifier.Plan(["证件号码"], rows, new ScanOptions(), new PersonKeyHasher(new byte[16]));
        var tally = plan.CreateTally(null);
        foreach (var row in rows)
        {
            plan.ProcessRow(new StringRowCells(row), tally);
        }

        var columns = plan.Report(tally);
        var column = Assert.Single(columns);
        Assert.True(column.Personal);
        Assert.Equal(["cn-resident-id", "cn-passport"], column.Types.Select(t => t.Type));
        Assert.Equal(0.6, column.Types[0].Ratio);
        Assert.Equal(0.4, column.Types[1].Ratio);
        Assert.Contains("mixed identifier column", column.Types[1].Rule, StringComparison.Ordinal);
        Assert.Equal(["cn-resident-id", "cn-passport"], ScanPlan.IdentifiersUsed(columns));
    }

    [Fact]
    public void Scan_ColumnWhereIdentifiersStayUnderTheThresholdTogether_StaysEmpty()
    {
        IReadOnlyList<IReadOnlyList<string?>> rows =
            [["11010519491231002X"], ["E12345678"], ["x"], ["y"], ["z"], ["w"], ["v"], ["u"], ["t"], ["s"]];
        var plan = ColumnClassifier.Plan(["证件号码"], rows, new ScanOptions(), new PersonKeyHasher(new byte[16]));
        var tally = plan.CreateTally(null);
        foreach (var row in rows)
        {
            plan.ProcessRow(new StringRowCells(row), tally);
        }

        Assert.Empty(plan.Report(tally)[0].Types);
    }
}

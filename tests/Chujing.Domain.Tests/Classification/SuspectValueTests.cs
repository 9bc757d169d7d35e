using Chujing.Domain.Classification;
using Chujing.Domain.Detection;

namespace Chujing.Domain.Tests.Classification;

/// <summary>
/// Values of a type's shape that fail a strict rule are suspect: they count toward a column named for the type (so the
/// column is not lost), are reported with how many and why, and never make a decoy column (order numbers, extension
/// numbers, card-like numbers failing Luhn) a type.
/// </summary>
public sealed class SuspectValueTests
{
    private static readonly byte[] Key = new byte[16];

    /// <summary>Per detector with a suspect outcome: the column name, valid values, and values of the shape that fail.</summary>
    public static TheoryData<string, string, string[], string[]> Detectors() => new()
    {
        { "cn-mobile", "手机号", ["13800138000", "15912345678", "17612345678", "19912345678"], ["14012345678", "15412345678", "16012345678", "19412345678"] },
        { "cn-resident-id", "身份证号", ["11010519491231002X", "440304199001011233", "320106200002293455", "510107198512315679"], ["110105194912310021", "440304199001011234", "320106200002293450", "510107198512315670"] },
        { "bank-card", "银行卡号", ["6222021234567890128", "6217001234567893", "4111111111111111", "5432109876543212"], ["6222021234567890127", "6217001234567894", "4111111111111112", "5432109876543213"] },
        { "uscc", "统一社会信用代码", ["91350100M000100Y43", "91110000100000000R", "91440300MA5F123452", "52110000500021676T"], ["91350100M000100Y40", "911100001000000000", "91440300MA5F123450", "52110000500021676A"] },
        { "vin", "车架号", ["LSVAU2187N2123456", "LFV3A23C7K3012345", "1HGCM82633A004352", "LGWEF4A53PF123456"], ["LSVAU2180N2123456", "WVWZZZ1JZXW000001", "LFV3A23C0K3012345", "1HGCM82603A004352"] },
    };

    [Theory]
    [MemberData(nameof(Detectors))]
    public void Detect_TheSuspectSamples_AreSuspect(string type, string name, string[] valid, string[] suspect)
    {
        _ = name;
        var detector = DetectorSet.Find(type)!;
        Assert.All(valid, v => Assert.Equal(DetectorMatch.Match, detector.Detect(v)));
        Assert.All(suspect, v => Assert.Equal(DetectorMatch.Suspect, detector.Detect(v)));
        Assert.False(string.IsNullOrEmpty(detector.SuspectRule));
    }

    [Theory]
    [MemberData(nameof(Detectors))]
    public void Report_ANamedColumnWithAFifthSuspect_KeepsItsTypeAndSaysHowManyAndWhy(string type, string name, string[] valid, string[] suspect)
    {
        // 80 valid, 20 suspect: under the default threshold of 0.8 without the suspects only if a few more failed,
        // so take 75/25 — matches alone (0.75) would lose the column.
        var rows = Column(75, valid, 25, suspect);
        var column = Scan([name], rows)[0];
        var found = Assert.Single(column.Types, t => t.Type == type);
        Assert.Equal((75L, 25L, 1.0, true), (found.Matches, found.Suspect, found.Ratio, found.SuspectCounted));
        Assert.StartsWith("25 suspect: " + DetectorSet.Find(type)!.SuspectRule, found.SuspectReason, StringComparison.Ordinal);
        Assert.Contains("counted toward the ratio", found.SuspectReason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Detectors))]
    public void Report_TheSameValuesUnderANeutralName_DoNotCountTheSuspects(string type, string name, string[] valid, string[] suspect)
    {
        _ = name;
        var column = Scan(["col"], Column(75, valid, 25, suspect))[0];
        Assert.DoesNotContain(column.Types, t => t.Type == type);
        var weak = Assert.Single(column.Weak, t => t.Type == type);
        Assert.Equal((0.75, false), (weak.Ratio, weak.SuspectCounted));
        Assert.Contains("not counted: the column name does not name the type", weak.SuspectReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cn-resident-id", "身份证号")]
    [InlineData("bank-card", "银行卡号")]
    [InlineData("uscc", "统一社会信用代码")]
    public void Report_AMandatoryCheckFailingForMostValues_IsNotCountedEvenUnderItsName(string type, string name)
    {
        var (_, _, valid, suspect) = Find(type);
        var column = Scan([name], Column(10, valid, 90, suspect))[0];
        Assert.Empty(column.Types);
        var weak = Assert.Single(column.Weak, t => t.Type == type);
        Assert.Equal((10L, 90L, 0.1, false), (weak.Matches, weak.Suspect, weak.Ratio, weak.SuspectCounted));
        Assert.Contains("not counted: the check fails for more values (90) than it passes (10)", weak.SuspectReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_VinsWithoutTheOptionalCheckDigit_StayVinsUnderTheirName()
    {
        var (_, _, _, suspect) = Find("vin");
        var column = Scan(["车架号"], Column(0, [], 100, suspect))[0];
        Assert.Equal(("vin", 1.0), (column.Types[0].Type, column.Types[0].Ratio));
    }

    [Fact]
    public void Report_AMobileColumnWithAFifthInUnallocatedSegments_IsReportedAsMobile()
    {
        var random = new Random(5);
        string[] allocated = ["130", "138", "150", "159", "176", "186", "199"];
        string[] unallocated = ["140", "141", "154", "160", "169", "179", "194"];
        var rows = Enumerable.Range(0, 1000).Select(i =>
            (IReadOnlyList<string?>)[(i % 5 == 0 ? unallocated[random.Next(unallocated.Length)] : allocated[random.Next(allocated.Length)]) + random.Next(10_000_000, 99_999_999)]).ToList();
        var type = Scan(["手机号"], rows)[0].Types.Single();
        Assert.Equal(("cn-mobile", 800L, 200L, 1.0), (type.Type, type.Matches, type.Suspect, type.Ratio));
    }

    [Fact]
    public void Report_DecoyColumns_StayUnflagged()
    {
        var random = new Random(9);
        var rows = Enumerable.Range(0, 500).Select(_ => (IReadOnlyList<string?>)
        [
            WrongIdCheck(random),
            new[] { "100", "110", "120", "140", "141", "154", "160", "169", "179", "194" }[random.Next(10)] + random.Next(10_000_000, 99_999_999),
            WrongLuhn(random),
            (random.Next(1, 100_000) / 100.0).ToString("F2", System.Globalization.CultureInfo.InvariantCulture),
            "9" + string.Concat(Enumerable.Range(0, 17).Select(_ => (char)('0' + random.Next(10)))),
            "SO2026" + random.Next(100_000, 999_999),
        ]).ToList();
        var report = Scan(["订单号", "分机号", "卡号校验失败", "订单金额", "客户编号", "流水号"], rows);
        Assert.All(report, column => Assert.True(column.Types.Count == 0, column.Name + ": " + string.Join(',', column.Types.Select(t => t.Type))));
        Assert.Contains("not counted", report[2].Weak.Single(t => t.Type == "bank-card").SuspectReason, StringComparison.Ordinal);
    }

    private static (string, string, string[], string[]) Find(string type)
    {
        foreach (var row in Detectors())
        {
            var values = (object[])row;
            if ((string)values[0] == type)
            {
                return (type, (string)values[1], (string[])values[2], (string[])values[3]);
            }
        }

        throw new ArgumentException(type);
    }

    private static List<IReadOnlyList<string?>> Column(int validCount, string[] valid, int suspectCount, string[] suspect) =>
        [.. Enumerable.Range(0, validCount).Select(i => (IReadOnlyList<string?>)[valid[i % valid.Length]])
            .Concat(Enumerable.Range(0, suspectCount).Select(i => (IReadOnlyList<string?>)[suspect[i % suspect.Length]]))];

    private static string WrongIdCheck(Random random)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var body = "110105" + random.Next(1960, 2005) + random.Next(1, 13).ToString("D2", System.Globalization.CultureInfo.InvariantCulture)
            + random.Next(1, 29).ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + random.Next(1000).ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
        var right = "10X98765432"[Enumerable.Range(0, 17).Sum(i => (body[i] - '0') * weights[i]) % 11];
        return body + (right == '0' ? '1' : '0');
    }

    private static string WrongLuhn(Random random)
    {
        while (true)
        {
            var card = "622202" + string.Concat(Enumerable.Range(0, 13).Select(_ => (char)('0' + random.Next(10))));
            if (DetectorSet.Find("bank-card")!.Detect(card) == DetectorMatch.Suspect)
            {
                return card;
            }
        }
    }

    private static IReadOnlyList<ColumnReport> Scan(string[] names, IReadOnlyList<IReadOnlyList<string?>> rows)
    {
        var plan = ColumnClassifier.Plan(names, rows, new ScanOptions(), new PersonKeyHasher(Key));
        var tally = plan.CreateTally(null);
        foreach (var row in rows)
        {
            plan.ProcessRow(new StringRowCells(row), tally);
        }

        return plan.Report(tally);
    }
}

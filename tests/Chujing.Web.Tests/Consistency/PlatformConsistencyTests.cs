using System.Text.Json.Nodes;
using Chujing.Catalog.Yaml;
using Chujing.Domain.Assessment;
using Chujing.Domain.Consistency;
using Chujing.Domain.Evidence;
using Chujing.Domain.Filings;
using Chujing.TestSupport;
using Chujing.Web.Consistency;
using Microsoft.Extensions.Time.Testing;

namespace Chujing.Web.Tests.Consistency;

/// <summary>An export is checked under the rules in force on its own Beijing day, not today's.</summary>
public sealed class PlatformConsistencyTests
{
    private const string Processor = "91110000MA01ABCD1M";

    private static readonly Domain.Catalog.CatalogSet Catalogs = CatalogLoader.LoadDirectories([RepositoryPaths.Catalogs]).ValueOrThrow();

    [Fact]
    public void On_TheSameDay_ReusesItsChecker_AnotherDayHasItsOwn()
    {
        var consistency = new PlatformConsistency(_ => Catalogs, new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero)), demo: false);
        var day = consistency.On(new DateOnly(2023, 6, 1))!;
        Assert.Same(day, consistency.On(new DateOnly(2023, 6, 1)));
        Assert.NotSame(day.Checker, consistency.On(new DateOnly(2026, 6, 1))!.Checker);
        Assert.Equal(new DateOnly(2026, 6, 1), consistency.Today()!.Day);
    }

    [Fact]
    public void BandCrossed_In2023_IsDecidedUnderThe2022Regime_In2025UnderThe2024Rules()
    {
        // 150,000 persons' personal information in the year against a filing of 50,000, by a processor handling 200,000
        // persons' personal information: before 2024-03-22 the 2022 regime (100,000 persons since 1 January of the
        // previous year) needs a security assessment; under the 2024 rules the same count needs a standard contract
        // or certification (art. 8).
        var consistency = new PlatformConsistency(_ => Catalogs, new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero)), demo: false);
        var in2023 = Crossed(consistency, "2023-06-01T08:00:00Z", 2023);
        var in2025 = Crossed(consistency, "2025-06-01T08:00:00Z", 2025);
        Assert.Contains("needs 'Security assessment'", in2023.DetailEn, StringComparison.Ordinal);
        Assert.Contains("needs 'Standard contract or certification'", in2025.DetailEn, StringComparison.Ordinal);
    }

    private static Deviation Crossed(PlatformConsistency consistency, string time, int year)
    {
        var e = ExportEvent.Parse(
            new JsonObject { ["processor"] = Processor, ["filing"] = "F-2023-0001", ["time"] = time, ["recipient"] = "Novum Pharma AG", ["country"] = "CH", ["persons"] = 1 }.ToJsonString(),
            "event").ValueOrThrow();
        var checks = consistency.On(Domain.Calendar.RegulatoryCalendar.DayOf(e.Time))!;
        var filing = new CheckedFiling(
            "F-2023-0001",
            Processor,
            FilingContent.Create("beijing-ftz/2024", "bj-pharma-clinical-trial", [], [new("Novum Pharma AG", "CH")], "trials", false, 50_000, 0, 24, "encryption", new DateOnly(2023, 1, 1), new DateOnly(2025, 12, 31)).ValueOrThrow(),
            null,
            [new(new DateTimeOffset(2023, 1, 10, 9, 0, 0, TimeSpan.FromHours(8)), FilingStatus.Approved)],
            new ProcessorProfile(false, "beijing", true, false) { PersonsHandled = 200_000 });
        var deviations = checks.Checker.Check(e, 0, checks.Checker.Compile(filing), new YearCounts(year, 150_000, 0), new YearCounts(year, 150_000, 0));
        return Assert.Single(deviations, d => d.Kind == DeviationKind.BandCrossed);
    }
}

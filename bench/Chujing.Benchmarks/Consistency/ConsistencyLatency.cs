using System.Diagnostics;
using System.Globalization;
using Chujing.Benchmarks.Assess;
using Chujing.Domain.Assessment;
using Chujing.Domain.Consistency;
using Chujing.Domain.Evidence;
using Chujing.Domain.Filings;

namespace Chujing.Benchmarks.Consistency;

/// <summary>
/// Per-event latency of the consistency check (deviations with their explanation), each check timed on its own
/// after a warm-up; beside it, parsing the same event, which every check follows. Run:
/// <c>dotnet bench/Chujing.Benchmarks/bin/Release/net10.0/Chujing.Benchmarks.dll check</c>.
/// </summary>
public static class ConsistencyLatency
{
    private const string Processor = "91110000MA01ABCD1M";

    public static void Run(int checks = 1_000_000)
    {
        var catalogs = AssessFixture.Load();
        var checker = new ConsistencyChecker(new AssessmentEngine(catalogs, AssessFixture.AsOf), catalogs);
        var approved = new DateTimeOffset(2026, 1, 10, 9, 0, 0, TimeSpan.FromHours(8));
        var filing = checker.Compile(new CheckedFiling(
            "F-2026-0001",
            Processor,
            FilingContent.Create("beijing-ftz/2024", "bj-auto-ota", ["ota-type", "OTA主控模块"], [new("Autowerk GmbH", "DE"), new("Autowerk Japan K.K.", "JP")],
                "OTA updates", false, 50_000, 0, 24, "encryption", new DateOnly(2026, 1, 1), new DateOnly(2027, 12, 31)).Value,
            null,
            [new(approved.AddDays(-2), FilingStatus.Draft), new(approved.AddDays(-1), FilingStatus.Submitted), new(approved, FilingStatus.Approved)],
            new ProcessorProfile(false, "beijing", true, false)));
        string Line(string recipient, string country, string fields, bool sensitive) =>
            $$"""{"processor":"{{Processor}}","filing":"F-2026-0001","time":"2026-05-04T08:00:00Z","recipient":"{{recipient}}","country":"{{country}}","scenario":"bj-auto-ota","fields":[{{fields}}],"persons":1,"sensitive":{{(sensitive ? "true" : "false")}},"personKeys":["hmac-sha256:0123456789abcdef0123456789abcdef"]}""";
        var consistent = Line("Autowerk GmbH", "DE", "\"ota-type\",\"主控模块\"", false);
        var cases = new (string Name, string Line, YearCounts? Counts)[]
        {
            ("consistent, no counts", consistent, null),
            ("consistent, with the year's counts", consistent, new YearCounts(2026, 40_000, 0)),
            ("one deviation (recipient not filed)", Line("Shadow Analytics Ltd", "DE", "\"ota-type\"", false), null),
            ("three deviations (recipient, country, field)", Line("Shadow Analytics Ltd", "US", "\"ota-type\",\"联网终端\"", false), null),
            ("band crossed (engine decides, answer kept)", consistent, new YearCounts(2026, 150_000, 0)),
        };
        Console.WriteLine("| case | checks | p50 (µs) | p90 (µs) | p99 (µs) | deviations |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (name, line, counts) in cases)
        {
            var e = ExportEvent.Parse(line).Value;
            var found = 0;
            for (var i = 0; i < 200_000; i++)
            {
                found = checker.Check(e, 0, filing, counts).Count;
            }

            Report(name, checks, found, () => checker.Check(e, 0, filing, counts));
        }

        Report("(baseline) parsing the consistent event", checks / 4, 0, () => ExportEvent.Parse(consistent));
    }

    private static void Report(string name, int runs, int found, Action action)
    {
        var ticks = new long[runs];
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            action();
            ticks[i] = Stopwatch.GetTimestamp() - start;
        }

        Array.Sort(ticks);
        string P(double q) => (ticks[(int)Math.Min(runs - 1, q * runs)] * 1_000_000.0 / Stopwatch.Frequency).ToString("0.000", CultureInfo.InvariantCulture);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {runs:N0} | {P(0.50)} | {P(0.90)} | {P(0.99)} | {found} |"));
    }
}

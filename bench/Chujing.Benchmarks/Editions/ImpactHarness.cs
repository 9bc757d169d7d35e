using System.Diagnostics;
using System.Globalization;
using Chujing.Domain.Assessment;
using Chujing.Domain.Catalog;
using Chujing.Domain.Editions;
using Chujing.Benchmarks.Assess;

namespace Chujing.Benchmarks.Editions;

/// <summary>
/// Impact of a one-item revision of beijing-ftz/2024 over 100,000 filings in force, beside a full re-assessment of
/// all of them: <c>dotnet run -c Release --project bench/Chujing.Benchmarks -- impact</c>.
/// </summary>
public static class ImpactHarness
{
    private const int Filings = 100_000;
    private const int Runs = 7;

    public static void Run()
    {
        var catalogs = AssessFixture.Load();
        var beijing = catalogs.Find("beijing-ftz/2024")!;
        var subjects = Subjects(beijing).ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"filings in force: {subjects.Length:N0}; cores: {Environment.ProcessorCount}; load average: {LoadAverage()}"));
        Console.WriteLine("| revision | path | replayed | affected | median wall | median CPU |");
        Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: |");
        Measure(catalogs, subjects, "bj-auto-id-ota-vehicle-control: important data only from 10,000 persons (1 scenario)",
            Revise(beijing, i => i.Id == "bj-auto-id-ota-vehicle-control" ? i with { Thresholds = [new Threshold(Counter.Sensitive, 10_000, null, Pathway.SecurityAssessment)] } : i));
        Measure(catalogs, subjects, "bj-pharma-id-group-health: sensitive 100,000 ⇒ 5,000 以上 (6 scenarios)",
            Revise(beijing, i => i.Id == "bj-pharma-id-group-health" ? i with { Thresholds = [new Threshold(Counter.Sensitive, 5_000, null, Pathway.SecurityAssessment)] } : i));
    }

    private static void Measure(CatalogSet catalogs, ImpactSubject[] subjects, string name, CatalogEdition revision)
    {
        var day = AssessFixture.AsOf;
        foreach (var onlyChanged in new[] { true, false })
        {
            var report = EditionImpact.Analyse(catalogs, revision, day, subjects, onlyChanged).Value; // warm-up
            var (wall, cpu) = Median(() => EditionImpact.Analyse(catalogs, revision, day, subjects, onlyChanged));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {(onlyChanged ? "impact (changed items only)" : "full re-assessment")} | {report.Reevaluated:N0} | {report.Filings.Count:N0} | {wall.TotalMilliseconds:N0} ms | {cpu.TotalMilliseconds:N0} ms |"));
        }
    }

    private static CatalogEdition Revise(CatalogEdition beijing, Func<ListItem, ListItem> change) => beijing with
    {
        Id = "beijing-ftz/2025",
        Supersedes = beijing.Id,
        ContentHash = "sha256:revision",
        Domains = [.. beijing.Domains.Select(d => d with
        {
            Items = [.. d.Items.Select(change)],
            Scenarios = [.. d.Scenarios.Select(s => s with { Items = [.. s.Items.Select(change)] })],
        })],
    };

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    /// <summary>Filings spread over every scenario, each naming up to two of its fields, with varied counts.</summary>
    private static IEnumerable<ImpactSubject> Subjects(CatalogEdition beijing)
    {
        var scenarios = beijing.Domains.SelectMany(d => d.Scenarios.Select(s => (s.Id, Fields: d.ItemsOf(s).SelectMany(i => i.Fields).Select(f => f.Id).Distinct().ToArray()))).ToArray();
        var random = new Random(20240830);
        for (var i = 0; i < Filings; i++)
        {
            var (scenario, fields) = scenarios[i % scenarios.Length];
            var named = fields.Length == 0 ? [] : new[] { fields[random.Next(fields.Length)], fields[random.Next(fields.Length)] }.Distinct().ToArray();
            var activity = new ExportActivity(new ProcessorProfile(false, "beijing", true, false), beijing.Id, scenario, null, false,
                new PersonCounts(random.Next(0, 200_000), random.Next(0, 20_000)), named, []);
            yield return new ImpactSubject("F-2026-" + i.ToString("000000", CultureInfo.InvariantCulture), "P" + (i % 5000).ToString(CultureInfo.InvariantCulture), (i % 2) == 0 ? "daxing" : "haidian", activity);
        }
    }

    private static (TimeSpan Wall, TimeSpan Cpu) Median(Action action)
    {
        var runs = new List<(TimeSpan Wall, TimeSpan Cpu)>();
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < Runs; i++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            action();
            watch.Stop();
            process.Refresh();
            runs.Add((watch.Elapsed, process.TotalProcessorTime - cpu));
        }

        return (runs.Select(r => r.Wall).Order().ElementAt(Runs / 2), runs.Select(r => r.Cpu).Order().ElementAt(Runs / 2));
    }
}

using System.Text.Json.Nodes;
using Chujing.Domain.Assessment;
using Chujing.Domain.Catalog;
using Chujing.Domain.Consistency;
using Chujing.Domain.Evidence;
using Chujing.Domain.Filings;
using Chujing.Domain.Tests.Assessment;

namespace Chujing.Domain.Tests.Consistency;

/// <summary>Filings and events over the shipped Beijing list, for the consistency tests.</summary>
internal static class Filings
{
    public const string Processor = "91110000MA01ABCD1M";

    public static ConsistencyChecker Checker { get; } = new(Shipped.Engine, Shipped.Catalogs);

    public static readonly DateTimeOffset Approved = new(2026, 1, 10, 9, 0, 0, TimeSpan.FromHours(8));

    public static readonly ProcessorProfile Profile = new(false, "beijing", true, false);

    /// <summary>An OTA filing: two recipients in DE and JP, two fields (one written by its Chinese name), no sensitive persons.</summary>
    public static CheckedFiling Ota(long personal = 1_000, long sensitive = 0, IReadOnlyList<FilingStatusChange>? history = null, IReadOnlyList<FilingRecipient>? recipients = null, IReadOnlyList<string>? fields = null) => new(
        "F-2026-0001",
        Processor,
        FilingContent.Create(
            "beijing-ftz/2024",
            "bj-auto-ota",
            fields ?? ["ota-type", "OTA主控模块"],
            recipients ?? [new("Autowerk GmbH", "DE"), new("Autowerk Japan K.K.", "JP")],
            "OTA updates",
            false,
            personal,
            sensitive,
            24,
            "encryption",
            new DateOnly(2026, 1, 1),
            new DateOnly(2027, 12, 31)).ValueOrThrow(),
        null,
        history ?? [new(new DateTimeOffset(2026, 1, 2, 9, 0, 0, TimeSpan.FromHours(8)), FilingStatus.Draft), new(Approved.AddDays(-1), FilingStatus.Submitted), new(Approved, FilingStatus.Approved)],
        Profile);

    /// <summary>A clinical-trial filing with no fields; the list gives no bands for it, so the national bands decide.</summary>
    public static CheckedFiling ClinicalTrial(long personal, long sensitive) => new(
        "F-2026-0002",
        Processor,
        FilingContent.Create("beijing-ftz/2024", "bj-pharma-clinical-trial", [], [new("Novum Pharma AG", "CH")], "trials", false, personal, sensitive, 24, "encryption",
            new DateOnly(2026, 1, 1), new DateOnly(2027, 12, 31)).ValueOrThrow(),
        null,
        [new(Approved, FilingStatus.Approved)],
        Profile);

    public static ExportEvent Event(
        string? filing = "F-2026-0001",
        string time = "2026-05-04T08:00:00Z",
        string recipient = "Autowerk GmbH",
        string country = "DE",
        string? scenario = "bj-auto-ota",
        string[]? fields = null,
        bool sensitive = false,
        long persons = 0)
    {
        var json = new JsonObject
        {
            ["processor"] = Processor,
            ["time"] = time,
            ["recipient"] = recipient,
            ["country"] = country,
            ["persons"] = persons,
            ["sensitive"] = sensitive,
            ["fields"] = new JsonArray([.. (fields ?? ["ota-type"]).Select(f => (JsonNode?)f)]),
        };
        if (filing is not null)
        {
            json["filing"] = filing;
        }

        if (scenario is not null)
        {
            json["scenario"] = scenario;
        }

        return ExportEvent.Parse(json.ToJsonString()).ValueOrThrow();
    }

    public static IReadOnlyList<Deviation> Check(CheckedFiling filing, ExportEvent e, YearCounts? counts = null, int index = 0) =>
        Checker.Check(e, index, Checker.Compile(filing), counts);
}

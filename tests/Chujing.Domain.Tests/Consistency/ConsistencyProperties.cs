using Chujing.Domain.Catalog;
using Chujing.Domain.Consistency;
using Chujing.Domain.Evidence;
using Chujing.Domain.Filings;
using Chujing.Domain.Tests.Assessment;
using FsCheck;
using FsCheck.Fluent;
using static Chujing.Domain.Tests.Consistency.Filings;

namespace Chujing.Domain.Tests.Consistency;

/// <summary>
/// Properties over random filings of the shipped Beijing list: an event built only from its filing's own values never
/// deviates; changing any one value to one the filing lacks gives exactly that deviation; the check is deterministic
/// and does not depend on the order of the events.
/// </summary>
public sealed class ConsistencyProperties
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true);

    private static readonly string[] Names = ["Autowerk GmbH", "Novum Pharma AG", "Example Ltd", "示例株式会社", "Acme Inc."];

    private static readonly string[] CountryPool = ["DE", "CH", "JP", "US", "SG", "HK", "FR"];

    private static readonly (string Id, string Name, (string Id, string[] Spellings)[] Fields)[] Scenarios = Shipped.Catalogs.Find("beijing-ftz/2024")!
        .Domains.SelectMany(d => d.Scenarios.Select(s => (s.Id, s.Name, d.ItemsOf(s).SelectMany(i => i.Fields)
            .DistinctBy(f => f.Id).Select(f => (f.Id, new[] { f.Id, f.Name }.Concat(f.Synonyms).ToArray())).ToArray())))
        .Where(s => s.Item3.Length >= 2).ToArray();

    /// <summary>A random approved filing and an event made only of its values.</summary>
    private static Gen<(CheckedFiling Filing, ExportEvent Event, Scenario Other)> Consistent =>
        from scenario in Gen.Elements(Scenarios)
        from fieldCount in Gen.Choose(1, scenario.Fields.Length - 1)
        from recipientCount in Gen.Choose(1, 3)
        from countries in Gen.ArrayOf(Gen.Elements(CountryPool), recipientCount)
        from sensitive in Gen.Elements(0L, 0L, 50L)
        from pick in Gen.Choose(0, recipientCount - 1)
        from spelling in Gen.Choose(0, 10)
        from scenarioByName in Gen.Elements(false, true)
        from eventSensitive in Gen.Elements(false, true)
        from days in Gen.Choose(0, 600)
        from other in Gen.Elements(Shipped.Catalogs.Find("beijing-ftz/2024")!.Scenarios.Where(s => s.Id != scenario.Id).ToArray())
        let filed = scenario.Fields.Take(fieldCount).ToArray()
        let recipients = Enumerable.Range(0, recipientCount).Select(i => new FilingRecipient(Names[i], countries[i])).ToArray()
        let filing = new CheckedFiling("F-2026-0007", Processor,
            FilingContent.Create("beijing-ftz/2024", scenario.Id, [.. filed.Select(f => f.Id)], recipients, "p", false, 1_000, sensitive, 12, "m",
                new DateOnly(2026, 1, 1), new DateOnly(2027, 12, 31)).ValueOrThrow(),
            null, [new(Approved, FilingStatus.Approved)], Profile)
        let e = Event("F-2026-0007",
            time: Approved.AddDays(1 + days).ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
            recipient: recipients[pick].Name,
            country: recipients[pick].Country,
            scenario: scenarioByName ? scenario.Name : scenario.Id,
            fields: [.. filed.Select(f => f.Spellings[spelling % f.Spellings.Length])],
            sensitive: eventSensitive && sensitive > 0)
        select (filing, e, other);

    [Fact]
    public void AnEventBuiltOnlyFromItsFilingsValues_NeverDeviates() =>
        FsCheck.Check.One(Runs, Prop.ForAll(Consistent.ToArbitrary(), t =>
            Filings.Check(t.Filing, t.Event, new YearCounts(2026, 1_000, t.Filing.Content.PersonsSensitive)).Count == 0));

    [Fact]
    public void ChangingOneValueToOneTheFilingLacks_GivesExactlyThatDeviation()
    {
        var gen = from t in Consistent from which in Gen.Choose(0, 6) select (t.Filing, t.Event, t.Other, which);
        FsCheck.Check.One(Runs, Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (filing, e, other, which) = t;
            var content = filing.Content;
            var lacking = CountryPool.First(c => content.Recipients.All(r => r.Country != c));
            var unfiled = Scenarios.First(s => s.Id == content.Scenario).Fields.Select(f => f.Id).First(f => !content.Fields.Contains(f));
            var (changed, kind) = which switch
            {
                0 => (With(e, recipient: "Unfiled Recipient Co."), DeviationKind.RecipientNotFiled),
                1 => (With(e, country: lacking), DeviationKind.CountryNotFiled),
                2 => (With(e, scenario: other.Id), DeviationKind.ScenarioNotFiled),
                3 => (With(e, fields: [.. e.Fields, unfiled]), DeviationKind.FieldNotFiled),
                4 => (With(e, time: "2026-01-09T00:00:00Z"), DeviationKind.FilingNotInForce),
                5 => (With(e, filing: null), DeviationKind.NoFiling),
                _ => (With(e, sensitive: true), content.PersonsSensitive == 0 ? DeviationKind.SensitiveNotFiled : (DeviationKind?)null),
            };

            // A scenario change also moves field look-ups to the other scenario; fields are then compared edition-wide.
            var deviations = Filings.Check(filing, changed, new YearCounts(2026, 1_000, content.PersonsSensitive));
            return kind is null ? deviations.Count == 0 : deviations.Count == 1 && deviations[0].Kind == kind;
        }));
    }

    [Fact]
    public void TheCheck_IsDeterministicAndIndependentOfEventOrder()
    {
        var gen = from a in Consistent from b in Consistent from seed in Gen.Choose(0, 1000) select (a, b, seed);
        FsCheck.Check.One(Runs, Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var filing = Checker.Compile(t.a.Filing);
            var events = new[] { t.a.Event, With(t.a.Event, recipient: "Unfiled Recipient Co."), With(t.b.Event, filing: t.a.Filing.Id), With(t.a.Event, sensitive: true), With(t.a.Event, filing: null) };
            var order = Enumerable.Range(0, events.Length).OrderBy(i => (i * 7919 + t.seed) % 101).ToArray();
            string Key(ExportEvent e, int index) => string.Join(";", Checker.Check(e, index, e.Filing is null ? null : filing, null).Select(d => $"{d.Kind}|{d.Path}|{d.Severity}|{d.Detail}|{d.DetailEn}|{string.Join(",", d.Basis)}"));
            var forward = events.Select((e, i) => Key(e, 0)).ToArray();
            var again = events.Select((e, i) => Key(e, 0)).ToArray();
            var shuffled = new string[events.Length];
            foreach (var i in order)
            {
                shuffled[i] = Key(events[i], 0);
            }

            return forward.SequenceEqual(again) && forward.SequenceEqual(shuffled);
        }));
    }

    private static ExportEvent With(ExportEvent e, string? recipient = null, string? country = null, string? scenario = null, string[]? fields = null, string? time = null, bool? sensitive = null, string? filing = "unchanged") =>
        Event(
            filing == "unchanged" ? e.Filing : filing,
            time ?? e.Time.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
            recipient ?? e.Recipient,
            country ?? e.Country,
            scenario ?? e.Scenario,
            fields ?? [.. e.Fields],
            sensitive ?? e.Sensitive,
            e.Persons);
}

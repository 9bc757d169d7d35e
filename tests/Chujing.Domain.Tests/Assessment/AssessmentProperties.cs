using System.Text;
using Chujing.Domain.Assessment;
using Chujing.Domain.Catalog;
using FsCheck;
using FsCheck.Fluent;
using static Chujing.Domain.Tests.Assessment.Shipped;

namespace Chujing.Domain.Tests.Assessment;

/// <summary>Properties over random activities: monotone in persons and important data, order-free, never without a basis.</summary>
public sealed class AssessmentProperties
{
    private static readonly long[] Boundaries = [0, 1, 9_999, 10_000, 49_999, 50_000, 99_999, 100_000, 999_999, 1_000_000, 10_000_000];

    private static Gen<long> Count =>
        Gen.OneOf(Gen.Elements(Boundaries), Gen.Choose(0, 2_000_000).Select(i => (long)i));

    private static Gen<ExportActivity> Activities
    {
        get
        {
            var beijing = Catalogs.Find("beijing-ftz/2024")!;
            var scenarios = beijing.Domains.SelectMany(d => d.Scenarios.Select(s => (Scenario: s.Id, Fields: d.ItemsOf(s).SelectMany(i => i.Fields).Select(f => f.Id).Distinct().ToArray()))).ToArray();
            var exemptions = new Exemption?[] { null, null, null, Exemption.ContractWithIndividual, Exemption.CrossBorderHr, Exemption.TradeWithoutPersonalData, Exemption.ForeignCollected, Exemption.Emergency };
            return from personal in Count
                   from sensitive in Count
                   from ciio in Gen.Elements(false, false, true)
                   from useList in Gen.Elements(false, true)
                   from zone in Gen.Elements<string?>("beijing", "beijing", "tianjin", null)
                   from approved in Gen.Elements(true, true, false)
                   from importantData in Gen.Elements(false, false, true)
                   from exemption in Gen.Elements(exemptions)
                   from scenario in Gen.Elements(scenarios)
                   from take in Gen.Choose(0, 3)
                   let fields = scenario.Fields.Take(take).ToArray()
                   select new ExportActivity(
                       new ProcessorProfile(ciio, zone, approved, false),
                       useList ? "beijing-ftz/2024" : null,
                       useList ? scenario.Scenario : null,
                       exemption,
                       importantData,
                       new PersonCounts(personal, sensitive),
                       useList ? fields : [],
                       []);
        }
    }

    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(1_000).WithQuietOnSuccess(true);

    [Fact]
    public void MorePersons_NeverGiveALaxerPathway()
    {
        var gen = from a in Activities from dp in Count from ds in Count select (a, dp, ds);
        Check.One(Runs, Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (a, dp, ds) = t;
            var more = a with { Persons = new PersonCounts(a.Persons.Personal + dp, a.Persons.Sensitive + ds) };
            return Assess(more).Pathway >= Assess(a).Pathway;
        }));
    }

    [Fact]
    public void AddedImportantData_NeverGivesALaxerPathway()
    {
        Check.One(Runs, Prop.ForAll(Activities.ToArbitrary(), a =>
            Assess(a with { ImportantData = true }).Pathway >= Assess(a).Pathway &&
            Assess(a with { ImportantData = true }).Pathway == Pathway.SecurityAssessment));
    }

    [Fact]
    public void EveryResult_HasANonEmptyBasisWithCitations()
    {
        Check.One(Runs, Prop.ForAll(Activities.ToArbitrary(), a =>
        {
            var result = Assess(a);
            return result.Basis.Count > 0 && result.Basis.All(b => b.Citation.Length > 0 && b.Explanation.Length > 0 && b.Rule.Length > 0);
        }));
    }

    [Fact]
    public void TheResult_DoesNotDependOnPropertyOrder()
    {
        var gen = from a in Activities from seed in Gen.Choose(0, int.MaxValue) select (a, seed);
        Check.One(Runs.WithMaxTest(300), Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (a, seed) = t;
            var ordered = ActivityReader.Read(Encoding.UTF8.GetBytes(ToJson(a, null)), "a").ValueOrThrow();
            var shuffled = ActivityReader.Read(Encoding.UTF8.GetBytes(ToJson(a, new Random(seed))), "b").ValueOrThrow();
            var x = Assess(ordered);
            var y = Assess(shuffled);
            return x.Pathway == y.Pathway && x.Basis.SequenceEqual(y.Basis) && x.Headroom == y.Headroom && x.Duties.SequenceEqual(y.Duties);
        }));
    }

    /// <summary>The activity as JSON, its properties (at every level) in a random order when <paramref name="random"/> is given.</summary>
    private static string ToJson(ExportActivity a, Random? random)
    {
        static string Str(string s) => System.Text.Json.JsonSerializer.Serialize(s);
        string Obj(IEnumerable<string> members)
        {
            var list = members.ToList();
            if (random is not null)
            {
                list = [.. list.OrderBy(_ => random.Next())];
            }

            return "{" + string.Join(",", list) + "}";
        }

        var processor = new List<string> { $"\"ciio\":{(a.Processor.Ciio ? "true" : "false")}", $"\"listApproved\":{(a.Processor.ListApproved ? "true" : "false")}" };
        if (a.Processor.FreeTradeZone is { } zone)
        {
            processor.Add($"\"freeTradeZone\":{Str(zone)}");
        }

        var root = new List<string>
        {
            "\"processor\":" + Obj(processor),
            $"\"importantData\":{(a.ImportantData ? "true" : "false")}",
            "\"persons\":" + Obj([$"\"personal\":{a.Persons.Personal}", $"\"sensitive\":{a.Persons.Sensitive}"]),
            "\"fields\":[" + string.Join(",", a.Fields.Select(Str)) + "]",
        };
        if (a.List is not null)
        {
            root.Add("\"list\":" + Str(a.List));
        }

        if (a.Scenario is not null)
        {
            root.Add("\"scenario\":" + Str(a.Scenario));
        }

        if (a.Exemption is { } e)
        {
            root.Add("\"exemption\":" + Str(e.ToName()));
        }

        return Obj(root);
    }
}

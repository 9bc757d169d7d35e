using Chujing.Domain.Assessment;
using Chujing.Domain.Catalog;
using FsCheck;
using FsCheck.Fluent;
using static Chujing.Domain.Tests.Assessment.Shipped;

namespace Chujing.Domain.Tests.Assessment;

/// <summary>
/// Properties over the whole space of claims, facts, processors and lists: a failed claim is never more lenient than
/// no claim, important data always needs an assessment, a claim never removes a duty, unknown facts take the strictest.
/// </summary>
public sealed class ExemptionClaimProperties
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(1_000).WithQuietOnSuccess(true);

    private static Gen<long> Count => Gen.OneOf(Gen.Elements(0L, 1L, 9_999L, 10_000L, 99_999L, 100_000L, 999_999L, 1_000_000L), Gen.Choose(0, 2_000_000).Select(i => (long)i));

    private static Gen<T?> Maybe<T>(params T[] values)
        where T : struct => Gen.Elements(values.Select(v => (T?)v).Append(null).ToArray());

    private static Gen<ActivityFacts> Facts =>
        from subjects in Gen.Elements<DataSubject[]?>(null, [DataSubject.Employees], [DataSubject.Customers], [DataSubject.Employees, DataSubject.Other], [DataSubject.Other])
        from abroad in Maybe(true, false)
        from added in Maybe(true, false)
        from contract in Maybe(ContractType.WithIndividual, ContractType.BetweenOrganisations)
        from basis in Maybe(Enum.GetValues<LegalBasis>())
        select new ActivityFacts(subjects, abroad, added, contract, basis);

    private static Gen<ExportActivity> Claims
    {
        get
        {
            var beijing = Catalogs.Find("beijing-ftz/2024")!;
            var scenarios = beijing.Domains.SelectMany(d => d.Scenarios.Select(s => (Scenario: s.Id, Fields: d.ItemsOf(s).SelectMany(i => i.Fields).Select(f => f.Id).Distinct().ToArray()))).ToArray();
            return from personal in Count
                   from sensitive in Count
                   from ciio in Gen.Elements(false, true)
                   from useList in Gen.Elements(false, true)
                   from approved in Gen.Elements(true, false)
                   from importantData in Gen.Elements(false, false, true)
                   from exemption in Gen.Elements(Enum.GetValues<Exemption>())
                   from scenario in Gen.Elements(scenarios)
                   from take in Gen.Choose(0, 3)
                   from facts in Facts
                   select new ExportActivity(
                       new ProcessorProfile(ciio, "beijing", approved, false),
                       useList ? "beijing-ftz/2024" : null,
                       useList ? scenario.Scenario : null,
                       exemption,
                       importantData,
                       new PersonCounts(personal, sensitive),
                       useList ? scenario.Fields.Take(take).ToArray() : [],
                       [])
                   {
                       Facts = facts,
                   };
        }
    }

    [Fact]
    public void AContradictedClaim_IsNeverMoreLenientThanNoClaim()
    {
        Check.One(Runs, Prop.ForAll(Claims.ToArbitrary(), a =>
        {
            var claimed = Assess(a);
            var none = Assess(a with { Exemption = null });
            return claimed.Exemption!.Holds || (claimed.Pathway == none.Pathway && claimed.Basis.Any(b => b.Kind == BasisKind.ExemptionElementFailed));
        }));
    }

    [Fact]
    public void AnyClaim_NeverMoreLenientThanNoClaim_UnlessItHolds()
    {
        Check.One(Runs, Prop.ForAll(Claims.ToArbitrary(), a =>
            Assess(a).Pathway >= Assess(a with { Exemption = null }).Pathway || Assess(a).Exemption!.Holds));
    }

    [Fact]
    public void ImportantData_AlwaysNeedsAnAssessment_WhateverIsClaimed()
    {
        Check.One(Runs, Prop.ForAll(Claims.ToArbitrary(), a => Assess(a with { ImportantData = true }).Pathway == Pathway.SecurityAssessment));
    }

    [Fact]
    public void AClaim_NeverRemovesAPersonalInformationDuty()
    {
        Check.One(Runs, Prop.ForAll(Claims.ToArbitrary(), a =>
        {
            var claimed = Assess(a).Duties.Where(d => d.Id.StartsWith("art10", StringComparison.Ordinal)).ToArray();
            var none = Assess(a with { Exemption = null }).Duties.Where(d => d.Id.StartsWith("art10", StringComparison.Ordinal)).ToArray();
            return claimed.SequenceEqual(none);
        }));
    }

    [Fact]
    public void UnknownFacts_PathwayIsTheStrictestPossible_AndEachCaseIsTheStatedDecision()
    {
        var gen = from a in Claims from unknown in Gen.Elements(UnknownFacts.Ciio, UnknownFacts.ImportantData, UnknownFacts.Ciio | UnknownFacts.ImportantData) select (a, unknown);
        Check.One(Runs.WithMaxTest(300), Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (a, unknown) = t;
            var d = Assess(a with { Unknown = unknown });
            var stated = new List<Pathway>();
            foreach (var ciio in unknown.HasFlag(UnknownFacts.Ciio) ? new[] { true, false } : [a.Processor.Ciio])
            {
                foreach (var important in unknown.HasFlag(UnknownFacts.ImportantData) ? new[] { true, false } : [a.ImportantData])
                {
                    stated.Add(Assess(a with { Processor = a.Processor with { Ciio = ciio }, ImportantData = important }).Pathway);
                }
            }

            return d.Possible!.Select(p => p.Pathway).SequenceEqual(stated) && d.Pathway == stated.Max();
        }));
    }
}

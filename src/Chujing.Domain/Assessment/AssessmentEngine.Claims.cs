using Chujing.Domain.Catalog;

namespace Chujing.Domain.Assessment;

/// <summary>
/// Exemptions as claims: each element of the claimed exemption is checked against what the activity shows. An
/// element the activity contradicts makes the claim fail, and the national rules decide as if none were claimed.
/// </summary>
public sealed partial class AssessmentEngine
{
    private Decision DecideClaim(ExportActivity activity, ResolvedList? list, Confidence min)
    {
        if (activity.Exemption is not { } exemption)
        {
            return Decide(activity, list, min);
        }

        var rule = _national.Exemptions[(int)exemption];
        if (rule is null)
        {
            var name = exemption.ToName();
            var without = Decide(activity with { Exemption = null }, list, min);
            var (note, args) = _introducedLater.TryGetValue(exemption, out var later)
                ? (EngineNotes.NotYetIntroduced, new object?[] { name, _asOf, _national.Edition.Title, later.Citation, later.Effective })
                : (EngineNotes.NotInRegime, new object?[] { name, _asOf, _national.Edition.Title });
            var entry = new BasisEntry(BasisId.Note(name, EngineNotes.NotInRegime.Id), _national.Edition.Title, note.En(args), null)
            {
                Title = EngineNotes.NotInRegime.Title,
                ExplanationZh = note.Zh(args),
                Kind = BasisKind.ExemptionElementFailed,
            };
            return without with
            {
                Basis = [entry, .. without.Basis],
                Exemption = new ExemptionClaim(exemption, name, _national.Edition.Title, false, []) { Reason = entry.Explanation, ReasonZh = entry.ExplanationZh },
            };
        }

        var findings = rule.Elements.Select(e => Check(e, activity)).ToArray();
        var claim = new ExemptionClaim(exemption, rule.Id, rule.Citation, !findings.Any(f => f.Status == ElementStatus.Contradicted), findings);
        if (claim.Holds)
        {
            return Decide(activity, list, min) with { Exemption = claim };
        }

        var decided = Decide(activity with { Exemption = null }, list, min);
        var failed = new List<BasisEntry>();
        foreach (var finding in findings.Where(f => f.Status == ElementStatus.Contradicted))
        {
            var name = exemption.ToName();
            failed.Add(new BasisEntry(
                BasisId.Element(rule.Id, finding.Element),
                finding.Citation,
                EngineNotes.ClaimFailed.En(name, rule.Citation, finding.Title, finding.TitleEn ?? finding.Title, finding.Reason),
                null)
            {
                Title = EngineNotes.ClaimFailed.Title + "：" + finding.Title,
                ExplanationZh = EngineNotes.ClaimFailed.Zh(name, rule.Citation, finding.Title, finding.TitleEn ?? finding.Title, finding.ReasonZh),
                Kind = BasisKind.ExemptionElementFailed,
                Confidence = rule.Provenance.Confidence,
                Inputs = [BasisInput.Of("exemption", name), .. Contradicting(rule.Elements.First(e => e.Id == finding.Element).Test, activity)],
            });
        }

        return decided with { Basis = [.. failed, .. decided.Basis], Exemption = claim };
    }

    /// <summary>What the activity shows about one element.</summary>
    private ElementFinding Check(ExemptionElement element, ExportActivity activity)
    {
        var facts = activity.Facts;
        var persons = activity.Persons;
        var (status, note, args) = element.Test switch
        {
            ElementTest.NoPersonalInformation => persons.Any
                ? (ElementStatus.Contradicted, EngineNotes.PersonsCounted, new object?[] { persons.Personal, persons.Sensitive })
                : (ElementStatus.Holds, EngineNotes.NoPersonsCounted, []),
            ElementTest.NoImportantData => activity.ImportantData
                ? (ElementStatus.Contradicted, EngineNotes.ImportantDataPresent, [])
                : (ElementStatus.Holds, EngineNotes.NoImportantData, []),
            ElementTest.ExcludesImportantData => activity.ImportantData
                ? (ElementStatus.Holds, EngineNotes.ImportantDataOutside, [])
                : (ElementStatus.Holds, EngineNotes.NothingOutside, []),
            ElementTest.CollectedAbroad => facts.CollectedAbroad switch
            {
                false => (ElementStatus.Contradicted, EngineNotes.NotCollectedAbroad, []),
                true => (ElementStatus.Holds, EngineNotes.CollectedAbroad, []),
                null => (ElementStatus.ProcessorBurden, EngineNotes.CollectedWhereUnknown, []),
            },
            ElementTest.NoDomesticDataAdded => facts.DomesticDataAdded == true
                ? (ElementStatus.Contradicted, EngineNotes.DomesticDataAdded, [])
                : activity.ImportantData
                    ? (ElementStatus.Contradicted, EngineNotes.DomesticImportantData, [])
                    : facts.DomesticDataAdded == false
                        ? (ElementStatus.Holds, EngineNotes.NoDomesticDataAdded, [])
                        : (ElementStatus.ProcessorBurden, EngineNotes.DomesticDataUnknown, []),
            ElementTest.IndividualIsContractParty => facts.ContractType == ContractType.BetweenOrganisations
                ? (ElementStatus.Contradicted, EngineNotes.ContractBetweenOrganisations, [])
                : facts.DataSubjects?.Contains(DataSubject.Other) == true
                    ? (ElementStatus.Contradicted, EngineNotes.NonPartiesIncluded, [])
                    : facts.ContractType == ContractType.WithIndividual
                        ? (ElementStatus.Holds, EngineNotes.ContractWithIndividual, [])
                        : (ElementStatus.ProcessorBurden, EngineNotes.ContractUnknown, []),
            ElementTest.EmployeesOnly => facts.DataSubjects switch
            {
                null or [] => (ElementStatus.ProcessorBurden, EngineNotes.SubjectsUnknown, []),
                var subjects when subjects.Any(s => s != DataSubject.Employees) =>
                    (ElementStatus.Contradicted, EngineNotes.NotOnlyEmployees, new object?[] { string.Join(", ", subjects.Where(s => s != DataSubject.Employees).Distinct().Select(s => s == DataSubject.Customers ? "customers" : "other persons")) }),
                _ => (ElementStatus.Holds, EngineNotes.OnlyEmployees, []),
            },
            ElementTest.InForce => element.From is { } from && _asOf < from
                ? (ElementStatus.Contradicted, EngineNotes.NotYetInForce, new object?[] { from, _asOf })
                : (ElementStatus.Holds, EngineNotes.InForce, new object?[] { element.From ?? _national.Edition.Effective }),
            _ => (ElementStatus.ProcessorBurden, EngineNotes.Burden, new object?[] { element.Citation }),
        };

        var zh = note == EngineNotes.NotOnlyEmployees
            ? note.Zh(string.Join("、", facts.DataSubjects!.Where(s => s != DataSubject.Employees).Distinct().Select(s => s == DataSubject.Customers ? "客户" : "其他人员")))
            : note.Zh(args);
        return new ElementFinding(element.Id, status, element.Title, element.TitleEn, element.Citation, note.En(args), zh);
    }

    /// <summary>The facts of the activity that contradict an element of this test.</summary>
    private BasisInput[] Contradicting(ElementTest test, ExportActivity activity) => test switch
    {
        ElementTest.NoPersonalInformation =>
            [BasisInput.Persons(Counter.Personal, activity.Persons.Personal, null), BasisInput.Persons(Counter.Sensitive, activity.Persons.Sensitive, null)],
        ElementTest.NoImportantData => [BasisInput.Of("importantData", true)],
        ElementTest.CollectedAbroad => [BasisInput.Of("collectedAbroad", false)],
        ElementTest.NoDomesticDataAdded => activity.Facts.DomesticDataAdded == true
            ? [BasisInput.Of("domesticDataAdded", true)]
            : [BasisInput.Of("importantData", true)],
        ElementTest.IndividualIsContractParty => activity.Facts.ContractType == ContractType.BetweenOrganisations
            ? [BasisInput.Of("contractType", "between-organisations")]
            : [BasisInput.Of("dataSubjects", "other")],
        ElementTest.EmployeesOnly => [BasisInput.Of("dataSubjects", string.Join(",", activity.Facts.DataSubjects!.Select(SubjectName)))],
        ElementTest.InForce => [BasisInput.Of("asOf", _asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))],
        _ => [],
    };

    private static string SubjectName(DataSubject subject) => Filings.FilingNames.Of(subject);

    /// <summary>
    /// For each exemption the national rules of the decision's day lack: the provision of the earliest later national
    /// edition that introduces it, and the day that edition takes effect.
    /// </summary>
    private static Dictionary<Exemption, (string Citation, DateOnly Effective)> IntroducedLater(CatalogSet catalogs, CatalogEdition national) =>
        catalogs.Editions.Where(e => e.Family == CatalogFamily.National && e.Effective > national.Effective).OrderBy(e => e.Effective)
            .SelectMany(e => e.Rules.Where(r => r.Role == RuleRole.Exemption && r.Exemption is not null).Select(r => (Exemption: r.Exemption!.Value, r.Citation, e.Effective)))
            .Where(r => !national.Rules.Any(n => n.Role == RuleRole.Exemption && n.Exemption == r.Exemption))
            .GroupBy(r => r.Exemption).ToDictionary(g => g.Key, g => (g.First().Citation, g.First().Effective));
}

using Chujing.Domain.Catalog;

namespace Chujing.Domain.Assessment;

/// <summary>
/// Facts not known yet: the activity is decided once per value of each unknown fact; the answer lists every pathway
/// still possible with the fact that decides between them, and takes the strictest.
/// </summary>
public sealed partial class AssessmentEngine
{
    private Decision DecideUnknown(ExportActivity activity, ResolvedList? list, Confidence min)
    {
        var ciioValues = activity.Unknown.HasFlag(UnknownFacts.Ciio) ? new[] { true, false } : [activity.Processor.Ciio];
        var importantValues = activity.Unknown.HasFlag(UnknownFacts.ImportantData) ? new[] { true, false } : [activity.ImportantData];
        var handledFrom = _national.HandledVolume?.Thresholds.Min(t => t.From);
        var handledValues = activity.Unknown.HasFlag(UnknownFacts.PersonsHandled) && handledFrom is { } from
            ? new long?[] { from, from - 1 }
            : [activity.Processor.PersonsHandled];
        var cases = new List<(Decision Decision, PossiblePathway Possible)>(8);
        foreach (var ciio in ciioValues)
        {
            foreach (var important in importantValues)
            {
                foreach (var handled in handledValues)
                {
                    var known = activity with
                    {
                        Processor = activity.Processor with { Ciio = ciio, PersonsHandled = handled },
                        ImportantData = important,
                        Unknown = UnknownFacts.None,
                    };
                    var decision = DecideClaim(known, list, min);
                    var deciding = decision.Basis.Where(b => b.Pathway == decision.Pathway).ToArray();
                    cases.Add((decision, new PossiblePathway(
                        decision.Pathway,
                        Condition(activity.Unknown, ciio, important, handled, handledFrom, zh: false),
                        Condition(activity.Unknown, ciio, important, handled, handledFrom, zh: true),
                        deciding.Select(b => b.Rule).Distinct(StringComparer.Ordinal).ToArray(),
                        deciding.Select(b => b.Citation).Distinct(StringComparer.Ordinal).ToArray())));
                }
            }
        }

        var strictest = cases.MaxBy(c => (int)c.Decision.Pathway).Decision;
        var notes = new List<BasisEntry>(2);
        if (activity.Unknown.HasFlag(UnknownFacts.Ciio))
        {
            notes.Add(UnknownNote("processor.ciio", _national.Ciio.Citation));
        }

        if (activity.Unknown.HasFlag(UnknownFacts.ImportantData))
        {
            var note = UnknownNote("importantData", string.Join("；", _national.ImportantDataNonCiio.Select(b => b.Citation).Distinct(StringComparer.Ordinal)));
            notes.Add(ExemptionBesideUnknownImportantData(strictest) is { } why
                ? note with { Explanation = note.Explanation + " " + why.En, ExplanationZh = note.ExplanationZh + why.Zh }
                : note);
        }

        if (activity.Unknown.HasFlag(UnknownFacts.PersonsHandled) && _national.HandledVolume is { } rule)
        {
            notes.Add(UnknownNote("processor.personsHandled", rule.Citation));
        }

        return strictest with { Basis = [.. notes, .. strictest.Basis], Possible = cases.Select(c => c.Possible).ToArray() };
    }

    /// <summary>
    /// Why a claimed exemption holds beside a security assessment while important data is not known: the exemption
    /// (art. 5) covers personal information only, so important data that may be in the transfer could still need one.
    /// </summary>
    private (string En, string Zh)? ExemptionBesideUnknownImportantData(Decision strictest)
    {
        if (strictest.Exemption is not { Holds: true } claim || strictest.Pathway != Pathway.SecurityAssessment
            || _national.Exemptions[(int)claim.Exemption] is not { } rule
            || rule.Elements.FirstOrDefault(e => e.Test == ElementTest.ExcludesImportantData) is not { } excludes)
        {
            return null;
        }

        object?[] args = [claim.Exemption.ToName(), rule.Citation, excludes.Citation];
        return (EngineNotes.ExemptionWithUnknownImportantData.En(args), EngineNotes.ExemptionWithUnknownImportantData.Zh(args));
    }

    private static BasisEntry UnknownNote(string path, string citation) => new(BasisId.Unknown(path), citation, EngineNotes.FactUnknown.En(path), null)
    {
        Title = EngineNotes.FactUnknown.Title,
        ExplanationZh = EngineNotes.FactUnknown.Zh(path),
        Kind = BasisKind.UnknownFact,
    };

    /// <summary><c>processor.ciio = true; importantData = false</c>, or in Chinese 若为关键信息基础设施运营者，且不含重要数据.</summary>
    private static string Condition(UnknownFacts unknown, bool ciio, bool important, long? handled, long? from, bool zh)
    {
        var parts = new List<string>(3);
        if (unknown.HasFlag(UnknownFacts.Ciio))
        {
            parts.Add(zh ? (ciio ? "为关键信息基础设施运营者" : "不是关键信息基础设施运营者") : "processor.ciio = " + (ciio ? "true" : "false"));
        }

        if (unknown.HasFlag(UnknownFacts.ImportantData))
        {
            parts.Add(zh ? (important ? "含被告知或公开发布的重要数据" : "不含重要数据") : "importantData = " + (important ? "true" : "false"));
        }

        if (unknown.HasFlag(UnknownFacts.PersonsHandled) && from is { } f)
        {
            var n = f.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
            parts.Add(handled >= f
                ? (zh ? $"处理{n}人以上个人信息" : $"processor.personsHandled ≥ {n}")
                : (zh ? $"处理个人信息不满{n}人" : $"processor.personsHandled < {n}"));
        }

        return zh ? "若" + string.Join("，且", parts) : string.Join("; ", parts);
    }
}

using System.Globalization;
using Chujing.Domain.Assessment;
using Chujing.Domain.Catalog;

namespace Chujing.Domain.Consistency;

/// <summary>Fields, counts and the deviations' wording.</summary>
public sealed partial class FilingCheck
{
    private Deviation? FieldDeviation(string field, int position, int index)
    {
        var term = _vocabulary?.Field(_scenarioId, field);
        if (_filedFields.Contains(term?.Id ?? field.Trim()))
        {
            return null;
        }

        var path = "fields[" + position.ToString(CultureInfo.InvariantCulture) + "]";
        if (term is null)
        {
            var (list, listEn) = _vocabulary is { } v ? ($"“{v.Title(false)}”", $"'{v.Title(true)}'") : (Filing.Content.ListEdition, Filing.Content.ListEdition);
            return Make(index, DeviationKind.FieldNotListed, path,
                $"出境字段“{field}”既不在备案中，也不是所依据清单{list}的字段。",
                $"The field '{field}' is neither filed nor a field of the list {listEn}.",
                ConsistencyBasis.Filed(Filing.Id, "fields"), null);
        }

        var named = string.Equals(term.Name, field, StringComparison.Ordinal) ? field : $"{field}（{term.Name}）";
        var nameEn = term.NameEn ?? term.Name;
        var namedEn = string.Equals(nameEn, field, StringComparison.OrdinalIgnoreCase) ? $"'{field}'" : $"'{field}' ({nameEn})";
        return Make(index, DeviationKind.FieldNotFiled, path,
            $"出境字段“{named}”是清单条目“{term.ItemName}”列明的字段，备案未申报。",
            $"The field {namedEn} is named by the list item '{term.ItemNameEn ?? term.ItemName}' but is not filed.",
            ConsistencyBasis.Filed(Filing.Id, "fields"), new DeviationBasis(_vocabulary!.Edition.Id + "#" + term.ItemId, term.Citation));
    }

    private DeviationBasis? ListScenarioBasis() =>
        _vocabulary?.Edition.Scenarios.FirstOrDefault(s => s.Id == _scenarioId) is { } scenario
            ? new DeviationBasis(_vocabulary.Edition.Id + "#" + scenario.Id, scenario.Citation)
            : null;

    private void CountDeviations(Evidence.ExportEvent e, int index, YearCounts processorCounts, YearCounts filed, ref List<Deviation>? found)
    {
        var content = Filing.Content;
        // An event adds persons to one count only (sensitive or not): it is over the filing when that count is, so a
        // filing whose other count ran over does not make every later export of the kind within it deviate too.
        var sensitive = e.Sensitive;
        if (sensitive ? filed.Sensitive > content.PersonsSensitive : filed.Personal > content.PersonsPersonal)
        {
            var (zh, en) = PersonsOverFiled(filed, content.PersonsPersonal, content.PersonsSensitive);
            (found ??= []).Add(Make(index, DeviationKind.PersonsOverFiled, "persons", zh, en,
                ConsistencyBasis.Filed(Filing.Id, sensitive ? "persons.sensitive" : "persons.personal"), null));
        }

        // A count of one kind bears on this activity only when the filing files that kind or the export carries it:
        // sensitive persons sent under another filing do not make this one's non-sensitive export need a contract.
        var counts = new YearCounts(
            processorCounts.Year,
            content.PersonsPersonal > 0 || (!e.Sensitive && e.Persons > 0) ? processorCounts.Personal : 0,
            content.PersonsSensitive > 0 || e.Sensitive ? processorCounts.Sensitive : 0);
        if (Crossing(counts) is { } decision)
        {
            var basis = new List<DeviationBasis>(decision.Basis.Count + 1) { ConsistencyBasis.Filed(Filing.Id, "pathway") };
            basis.AddRange(decision.Basis.Where(b => b.Pathway == decision.Pathway).Select(b => new DeviationBasis(b.Rule, b.Citation)));
            (found ??= []).Add(Make(index, DeviationKind.BandCrossed, "persons",
                FormattableString.Invariant($"按 {counts.Year} 年累计人数（个人信息 {counts.Personal:N0} 人、敏感个人信息 {counts.Sensitive:N0} 人），出境需要“{PathwayLabel(decision.Pathway, false)}”，严于备案所依据的“{PathwayLabel(_reference!.Value, false)}”。"),
                FormattableString.Invariant($"At the counts of {counts.Year} ({counts.Personal:N0} persons' personal and {counts.Sensitive:N0} persons' sensitive personal information) the export needs '{PathwayLabel(decision.Pathway, true)}', stricter than the filing's '{PathwayLabel(_reference!.Value, true)}'."),
                basis));
        }
    }

    /// <summary>
    /// The engine's decision at the year's counts when it is stricter than the filing's pathway, else null. Below the
    /// next threshold of the filing's own decision nothing can be stricter, so the engine runs only past a threshold,
    /// and the last answer is kept (events of one batch share their counts).
    /// </summary>
    private Decision? Crossing(YearCounts counts)
    {
        if (_baseline is null || _reference is not { } reference)
        {
            return null;
        }

        var headroom = _baseline.Headroom;
        if ((headroom.Personal.Next is not { } personal || counts.Personal < personal)
            && (headroom.Sensitive.Next is not { } sensitive || counts.Sensitive < sensitive)
            && _baseline.Pathway <= reference)
        {
            return null;
        }

        if (Volatile.Read(ref _lastCrossing) is { } last && last.Personal == counts.Personal && last.Sensitive == counts.Sensitive)
        {
            return last.Decision;
        }

        var decided = _checker.Engine.Assess(Activity(counts.Personal, counts.Sensitive));
        var crossing = decided.IsSuccess && PathwayNames.Stricter(decided.Value.Pathway, reference) != reference ? decided.Value : null;
        Volatile.Write(ref _lastCrossing, new CrossingMemo(counts.Personal, counts.Sensitive, crossing));
        return crossing;
    }

    private sealed record CrossingMemo(long Personal, long Sensitive, Decision? Decision);

    private ExportActivity Activity(long personal, long sensitive) => new(
        Filing.Profile,
        Filing.Content.ListEdition,
        Filing.Content.Scenario,
        null,
        Filing.Content.ImportantData,
        new PersonCounts(personal, sensitive),
        Filing.Content.Fields,
        []);

    /// <summary>
    /// The persons-over-filed sentence: each count that exceeds its filed figure by its name (个人信息, 敏感个人信息),
    /// with the filed and the actual figure, so that a filing of 0 of one kind and many of the other reads plainly.
    /// </summary>
    private static (string Zh, string En) PersonsOverFiled(YearCounts actual, long filedPersonal, long filedSensitive)
    {
        var zh = new List<string>(2);
        var en = new List<string>(2);
        if (actual.Personal > filedPersonal)
        {
            zh.Add(FormattableString.Invariant($"个人信息人数备案申报 {filedPersonal:N0} 人，实际已达 {actual.Personal:N0} 人"));
            en.Add(FormattableString.Invariant($"personal information: {filedPersonal:N0} persons filed, {actual.Personal:N0} actually sent"));
        }

        if (actual.Sensitive > filedSensitive)
        {
            zh.Add(FormattableString.Invariant($"敏感个人信息人数备案申报 {filedSensitive:N0} 人，实际已达 {actual.Sensitive:N0} 人"));
            en.Add(FormattableString.Invariant($"sensitive personal information: {filedSensitive:N0} persons filed, {actual.Sensitive:N0} actually sent"));
        }

        return (
            FormattableString.Invariant($"{actual.Year} 年向境外提供的人数超过备案申报：{string.Join("；", zh)}。"),
            FormattableString.Invariant($"More persons were sent abroad in {actual.Year} than filed — {string.Join("; ", en)}."));
    }

    private static string PathwayLabel(Pathway pathway, bool english) => pathway switch
    {
        Pathway.Exempt => english ? "Exempt" : "免予申报",
        Pathway.StandardContractOrCertification => english ? "Standard contract or certification" : "个人信息出境标准合同或认证",
        Pathway.SecurityAssessment => english ? "Security assessment" : "数据出境安全评估",
        _ => english ? "Other lawful route" : "其他合法途径",
    };

    private static Deviation Make(int index, DeviationKind kind, string path, string detail, string detailEn, DeviationBasis filed, DeviationBasis? rule) =>
        Make(index, kind, path, detail, detailEn, rule is null ? [filed, ConsistencyBasis.Commentary] : [filed, rule, ConsistencyBasis.Commentary]);

    private static Deviation Make(int index, DeviationKind kind, string path, string detail, string detailEn, IReadOnlyList<DeviationBasis> basis) =>
        new(index, kind, path, SeverityTable.Of(kind), detail, detailEn, basis);
}

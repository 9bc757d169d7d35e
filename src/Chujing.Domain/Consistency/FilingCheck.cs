using System.Globalization;
using System.Text;
using Chujing.Domain.Assessment;
using Chujing.Domain.Catalog;
using Chujing.Domain.Evidence;
using Chujing.Domain.Filings;

namespace Chujing.Domain.Consistency;

/// <summary>
/// One filing compiled for checking (<see cref="ConsistencyChecker.Compile"/>): its scenario and fields resolved to
/// the pinned edition's ids, its recipients and countries in sets, its baseline decision. Immutable and thread-safe;
/// a consistent event allocates nothing.
/// </summary>
public sealed partial class FilingCheck
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    private readonly ConsistencyChecker _checker;
    private readonly ListVocabulary? _vocabulary;
    private readonly string? _scenarioId;
    private readonly HashSet<string> _filedFields = new(FieldNameComparer.Instance);
    private readonly Dictionary<string, HashSet<string>> _recipients = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _recipientsNormalised = new(StringComparer.Ordinal);
    private readonly HashSet<string> _countries = new(StringComparer.Ordinal);
    private readonly Decision? _baseline;
    private readonly Pathway? _reference;
    private readonly IReadOnlyList<DeviationBasis> _suspendedBasis;
    private CrossingMemo? _lastCrossing;

    internal FilingCheck(ConsistencyChecker checker, CheckedFiling filing, ListVocabulary? vocabulary)
    {
        _checker = checker;
        _vocabulary = vocabulary;
        Filing = filing;
        var content = filing.Content;
        _scenarioId = vocabulary?.Scenario(content.Scenario) ?? content.Scenario.Trim();
        foreach (var field in content.Fields)
        {
            _filedFields.Add(vocabulary?.Field(_scenarioId, field)?.Id ?? field.Trim());
        }

        foreach (var recipient in content.Recipients)
        {
            Countries(_recipients, recipient.Name).Add(recipient.Country);
            Countries(_recipientsNormalised, Normalise(recipient.Name)).Add(recipient.Country);
            _countries.Add(recipient.Country);
        }

        NotInForceBasis = [.. new[] { ConsistencyBasis.ZoneGroupFiling(vocabulary?.Edition), ConsistencyBasis.Filed(filing.Id, "status") }.OfType<DeviationBasis>(), ConsistencyBasis.Commentary];
        _suspendedBasis = [.. NotInForceBasis, ConsistencyBasis.Suspension];
        var decided = checker.Engine.Assess(Activity(content.PersonsPersonal, content.PersonsSensitive));
        _baseline = decided.IsSuccess ? decided.Value : null;
        _reference = filing.Pathway ?? _baseline?.Pathway;
    }

    /// <summary>The filing this check compares with.</summary>
    public CheckedFiling Filing { get; }

    internal IReadOnlyList<DeviationBasis> NotInForceBasis { get; }

    /// <summary>The deviations of event <paramref name="index"/> from this filing; count kinds only with <paramref name="counts"/>.</summary>
    internal IReadOnlyList<Deviation> Check(ExportEvent e, int index, YearCounts? counts, YearCounts? filingCounts)
    {
        List<Deviation>? found = null;
        var content = Filing.Content;
        if (NotInForce(e, index) is { } notInForce)
        {
            (found ??= []).Add(notInForce);
        }

        if (e.Scenario is { } scenario && !FieldNameComparer.Instance.Equals(_vocabulary?.Scenario(scenario) ?? scenario.Trim(), _scenarioId))
        {
            (found ??= []).Add(Make(index, DeviationKind.ScenarioNotFiled, "scenario",
                $"出境场景“{ScenarioName(scenario, false)}”不是备案的场景“{ScenarioName(content.Scenario, false)}”。",
                $"The scenario '{ScenarioName(scenario, true)}' is not the filed scenario '{ScenarioName(content.Scenario, true)}'.",
                ConsistencyBasis.Filed(Filing.Id, "scenario"), ListScenarioBasis()));
        }

        for (var i = 0; i < e.Fields.Count; i++)
        {
            if (FieldDeviation(e.Fields[i], i, index) is { } field)
            {
                (found ??= []).Add(field);
            }
        }

        var filedCountries = _recipients.GetValueOrDefault(e.Recipient) ?? _recipientsNormalised.GetValueOrDefault(Normalise(e.Recipient));
        if (filedCountries is null)
        {
            (found ??= []).Add(Make(index, DeviationKind.RecipientNotFiled, "recipient",
                $"境外接收方“{e.Recipient}”不在备案的接收方之列。",
                $"The recipient '{e.Recipient}' is not one of the filed recipients.",
                ConsistencyBasis.Filed(Filing.Id, "recipients"), null));
        }

        if (!(filedCountries ?? _countries).Contains(e.Country))
        {
            var (zh, en) = filedCountries is null
                ? ($"出境目的地“{Country(e.Country, false)}”不是任何备案接收方所在的国家或地区。", $"The destination {Country(e.Country, true)} is not the country or region of any filed recipient.")
                : ($"备案的接收方“{e.Recipient}”位于{CountryList(filedCountries, false, "、")}，不在{Country(e.Country, false)}。", $"The filed recipient '{e.Recipient}' is in {CountryList(filedCountries, true, ", ")}, not in {Country(e.Country, true)}.");
            (found ??= []).Add(Make(index, DeviationKind.CountryNotFiled, "country", zh, en, ConsistencyBasis.Filed(Filing.Id, "recipients[].country"), null));
        }

        if (e.Sensitive && content.PersonsSensitive == 0)
        {
            (found ??= []).Add(Make(index, DeviationKind.SensitiveNotFiled, "sensitive",
                "该次出境含敏感个人信息，而备案申报的敏感个人信息人数为 0。",
                "The export carried sensitive personal information, but the filing files 0 persons of it.",
                ConsistencyBasis.Filed(Filing.Id, "persons.sensitive"), _checker.SensitiveRule));
        }

        if (counts is not null)
        {
            CountDeviations(e, index, counts, filingCounts ?? counts, ref found);
        }

        return found ?? (IReadOnlyList<Deviation>)[];
    }

    private Deviation? NotInForce(ExportEvent e, int index)
    {
        var status = Filing.StatusAt(e.Time);
        var day = DateOnly.FromDateTime(e.Time.ToOffset(Beijing).DateTime);
        var content = Filing.Content;
        if (status == FilingStatus.Approved && day >= content.ValidFrom && day <= content.ValidUntil)
        {
            return null;
        }

        var at = e.Time.ToOffset(Beijing).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var (zh, en) = status switch
        {
            null => ($"出境时间 {at}（北京时间）早于备案 {Filing.Id} 的创建。", $"The export at {at} (Beijing time) predates filing {Filing.Id}."),
            FilingStatus.Suspended => ($"出境时（{at}，北京时间）备案 {Filing.Id} 已暂停：暂停期间不得依该备案出境，待整改通过、自贸组团解除暂停后恢复。", $"At the export ({at}, Beijing time) filing {Filing.Id} was suspended: no export may rely on it until the zone group lifts the suspension after the rectification is accepted."),
            FilingStatus.Approved => (FormattableString.Invariant($"出境日期 {day:yyyy-MM-dd} 不在备案 {Filing.Id} 的有效期 {content.ValidFrom:yyyy-MM-dd} 至 {content.ValidUntil:yyyy-MM-dd} 内。"), FormattableString.Invariant($"The export day {day:yyyy-MM-dd} is outside the validity of filing {Filing.Id}, {content.ValidFrom:yyyy-MM-dd} to {content.ValidUntil:yyyy-MM-dd}.")),
            { } s => ($"出境时（{at}，北京时间）备案 {Filing.Id} 处于“{StatusLabel(s)}”状态，尚未通过或已失效。", $"At the export ({at}, Beijing time) filing {Filing.Id} was {StatusLabelEn(s)}, not approved."),
        };
        return new Deviation(index, DeviationKind.FilingNotInForce, "time", SeverityTable.Of(DeviationKind.FilingNotInForce), zh, en, status == FilingStatus.Suspended ? _suspendedBasis : NotInForceBasis);
    }

    private static string StatusLabel(FilingStatus status) => status switch
    {
        FilingStatus.Draft => "草稿",
        FilingStatus.Submitted => "已提交",
        FilingStatus.UnderReview => "审核中",
        FilingStatus.Approved => "已通过",
        FilingStatus.ReturnedForCorrection => "退回补正",
        FilingStatus.Rejected => "不予通过",
        FilingStatus.Revoked => "已撤销",
        FilingStatus.Expired => "已过期",
        FilingStatus.Suspended => "已暂停",
        _ => FilingNames.Of(status),
    };

    /// <summary>The status in an English sentence ("was under review"): words, never the code.</summary>
    private static string StatusLabelEn(FilingStatus status) => status switch
    {
        FilingStatus.Draft => "still a draft",
        _ => FilingNames.Of(status).Replace('-', ' '),
    };

    /// <summary>The scenario's name in the pinned edition (Chinese, or English), or what was given when the edition has no such scenario.</summary>
    private string ScenarioName(string idOrName, bool english) => _vocabulary?.ScenarioName(idOrName, english) ?? idOrName;

    private string Country(string code, bool english) => _checker.CountryLabel(code, english);

    private string CountryList(HashSet<string> codes, bool english, string separator) =>
        string.Join(separator, codes.Order(StringComparer.Ordinal).Select(c => Country(c, english)));

    private static HashSet<string> Countries(Dictionary<string, HashSet<string>> map, string name)
    {
        if (!map.TryGetValue(name, out var set))
        {
            set = new HashSet<string>(StringComparer.Ordinal);
            map[name] = set;
        }

        return set;
    }

    /// <summary>A recipient's name as compared: compatibility-normalised (full-width to half-width), spaces collapsed, upper case.</summary>
    private static string Normalise(string name)
    {
        var text = name.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }
}

using Chujing.Domain.Calendar;
using Chujing.Domain.Assessment;
using Chujing.Domain.Catalog;
using Chujing.Domain.Diagnostics;
using Chujing.Web.Access;
using Chujing.Web.Assessment;
using Chujing.Web.Editions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chujing.Web.Pages.Editions;

/// <summary>
/// Self-assessment (自评估): anyone signed in describes an activity — list edition, scenario, fields picked from the
/// edition, counts, exemption — and sees the pathway, its basis and the headroom, without creating a filing; the result
/// can be carried into a draft filing. Beside the answer: what the national rules alone and each list edition that
/// could apply would decide for the same activity (the comparison of <c>chujing assess --compare</c>).
/// </summary>
[Authorize(Policy = Permissions.Assess)]
public sealed class SelfAssessModel(PlatformCatalogs catalogs, Assessor assessor, ListZones zones, TimeProvider time) : PageModel
{
    private const int MaxFields = 200;

    [BindProperty(SupportsGet = true)]
    public string? List { get; set; } = "beijing-ftz/2024";

    [BindProperty(SupportsGet = true)]
    public string? Scenario { get; set; }

    [BindProperty]
    public List<string> Fields { get; set; } = [];

    /// <summary>Whether the processor is a CIIO: <c>yes</c>, <c>no</c> or <c>unknown</c> (not known yet).</summary>
    [BindProperty]
    public string Ciio { get; set; } = "no";

    [BindProperty]
    public bool ListApproved { get; set; } = true;

    /// <summary>Whether any of the data was notified or published as important data: <c>yes</c>, <c>no</c> or <c>unknown</c>.</summary>
    [BindProperty]
    public string ImportantData { get; set; } = "no";

    [BindProperty]
    public string? Exemption { get; set; }

    [BindProperty]
    public long Personal { get; set; }

    [BindProperty]
    public long Sensitive { get; set; }

    /// <summary>
    /// An exemption as a person reads it: the title of the newest shipped national rule that grants it (Chinese, English
    /// beside when the catalog has it), or its spelling when no rule grants it.
    /// </summary>
    public string ExemptionLabel(string exemption)
    {
        ArgumentNullException.ThrowIfNull(exemption);
        if (!ExemptionNames.TryParse(exemption, out var parsed))
        {
            return exemption;
        }

        var rule = catalogs.Shipped.Editions.OrderByDescending(e => e.Effective).SelectMany(e => e.Rules)
            .FirstOrDefault(r => r.Role == RuleRole.Exemption && r.Exemption == parsed);
        return rule is null ? exemption : string.IsNullOrEmpty(rule.TitleEn) ? rule.Title : $"{rule.Title} · {rule.TitleEn}";
    }

    /// <summary>The list editions in force, for the picker.</summary>
    public IReadOnlyList<CatalogEdition> Lists { get; private set; } = [];

    /// <summary>The chosen edition, when it is a list in force.</summary>
    public CatalogEdition? Edition { get; private set; }

    public Decision? Decision { get; private set; }

    /// <summary>What each edition that could apply decides for the same activity, national rules first.</summary>
    public IReadOnlyList<Comparison> Comparisons { get; private set; } = [];

    /// <summary>The title of edition <paramref name="id"/>, for the comparison table.</summary>
    public string TitleOf(string id) => catalogs.Find(id)?.Title ?? id;

    public IReadOnlyList<Diagnostic> Problems { get; private set; } = [];

    public void OnGet() => Load();

    public void OnPost()
    {
        Load();
        var problems = new List<Diagnostic>();

        // A count the form could not read (letters, a fraction, more digits than a count has) must never be taken as
        // 0: that would show a more lenient answer than the activity's.
        foreach (var (key, label, value) in new[] { (nameof(Personal), "个人信息人数 persons (personal)", Personal), (nameof(Sensitive), "敏感个人信息人数 persons (sensitive)", Sensitive) })
        {
            if (ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
            {
                problems.Add(Diagnostic.ForField(null, label, $"“{entry.AttemptedValue}”不是人数，应为不小于 0 的整数 · '{entry.AttemptedValue}' is not a whole number of persons ≥ 0"));
            }
            else if (value < 0)
            {
                problems.Add(Diagnostic.ForField(null, label, "应为不小于 0 的整数 · must be a whole number ≥ 0"));
            }
        }

        if (Fields.Count > MaxFields)
        {
            problems.Add(Diagnostic.ForField(null, "数据项 fields", $"最多 {MaxFields} 项 · at most {MaxFields}"));
        }

        var ciio = Tristate(Ciio, "关键信息基础设施运营者 ciio", problems);
        var important = Tristate(ImportantData, "重要数据 importantData", problems);
        Exemption? exemption = null;
        if (!string.IsNullOrEmpty(Exemption))
        {
            if (ExemptionNames.TryParse(Exemption, out var e))
            {
                exemption = e;
            }
            else
            {
                problems.Add(Diagnostic.ForField(null, "豁免情形 exemption", $"“{Exemption}”不是可选的豁免情形，请从列表中选择 · '{Exemption}' is not one of the exemptions listed"));
            }
        }

        if (problems.Count > 0)
        {
            Problems = problems;
            return;
        }

        var list = Edition?.Id;
        var activity = new ExportActivity(
            new ProcessorProfile(ciio == true, list is null ? null : zones.Zone, ListApproved, false),
            list,
            list is null || string.IsNullOrWhiteSpace(Scenario) ? null : Scenario.Trim(),
            exemption,
            important == true,
            new PersonCounts(Personal, Sensitive),
            list is null ? [] : [.. Fields.Where(f => !string.IsNullOrWhiteSpace(f)).Distinct(StringComparer.Ordinal)],
            [])
        {
            Unknown = (ciio is null ? UnknownFacts.Ciio : UnknownFacts.None) | (important is null ? UnknownFacts.ImportantData : UnknownFacts.None),
        };
        var engine = assessor.Engine;
        var result = engine.Assess(activity);
        if (result.IsSuccess)
        {
            Decision = result.Value;
            Comparisons = engine.Compare(activity);
        }
        else
        {
            Problems = result.Diagnostics;
        }
    }

    /// <summary>The answer to a yes / no / not-known question; null: not known yet.</summary>
    private static bool? Tristate(string? value, string field, List<Diagnostic> problems)
    {
        switch (value)
        {
            case "yes":
                return true;
            case "no" or null or "":
                return false;
            case "unknown":
                return null;
            default:
                problems.Add(Diagnostic.ForField(null, field, $"“{value}”应为 是、否 或 尚不确定 · '{value}' is not yes, no or unknown"));
                return false;
        }
    }

    private void Load()
    {
        var set = catalogs.InForce(RegulatoryCalendar.Today(time));
        Lists = [.. set.Editions.Where(e => e.Family == CatalogFamily.Scenario && string.Equals(e.Applicability?.Zone, zones.Zone, StringComparison.OrdinalIgnoreCase))];
        Edition = List is null ? null : Lists.FirstOrDefault(e => e.Id == List);
        if (Edition is not null && Scenario is null)
        {
            Scenario = Edition.Scenarios.FirstOrDefault()?.Id;
        }
    }
}

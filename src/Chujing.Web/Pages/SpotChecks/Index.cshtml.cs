using Chujing.Domain.Calendar;
using Chujing.Web.Access;
using Chujing.Web.Localization;
using Chujing.Web.Pages.Shared;
using Chujing.Web.SpotChecks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chujing.Web.Pages.SpotChecks;

/// <summary>Spot checks: officers and the city plan and follow them (with statistics); enterprises see those that drew them.</summary>
[Authorize(Policy = Permissions.SpotChecksRead)]
public sealed class IndexModel(SpotCheckService checks, SpotCheckStatisticsService statistics, TimeProvider time) : PageModel
{
    /// <summary>The plan form's own labels for the fields the service names.</summary>
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["from"] = "spot.from",
        ["to"] = "spot.to",
        ["filings"] = "spot.filings",
        ["recordsPerFiling"] = "spot.records",
        ["zoneGroup"] = "spot.zone-group",
    };

    public Caller Caller { get; private set; } = null!;

    public IReadOnlyList<SpotCheckView> Checks { get; private set; } = [];

    public IReadOnlyList<BarChart> Charts { get; private set; } = [];

    public string? Error { get; private set; }

    public DateOnly Today => RegulatoryCalendar.Today(time);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct).ConfigureAwait(false);

    public async Task<IActionResult> OnPostPlanAsync(DateOnly? from, DateOnly? to, long? filings, long? records, string? zoneGroup, CancellationToken ct)
    {
        Caller = Caller.From(User);
        if (Caller.IsEnterprise)
        {
            return Forbid();
        }

        // The city plans for one zone group or city-wide (blank); an officer always plans for their own group.
        var group = Caller.IsCity && !string.IsNullOrWhiteSpace(zoneGroup) ? zoneGroup.Trim() : null;
        var planned = await checks.PlanAsync(Caller, new PlanRequest(from, to, group, filings, records, null), ct).ConfigureAwait(false);
        return await planned.ToPageAsync(this, view => RedirectToPage("Details", new { id = view.Id }), async problems =>
        {
            Error = FormMessages.Describe(problems, UiText.IsEnglish, Labels);
            await LoadAsync(ct).ConfigureAwait(false);
            return Page();
        }).ConfigureAwait(false);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Caller = Caller.From(User);
        Checks = await checks.ListAsync(Caller, ct).ConfigureAwait(false);
        if (await statistics.ForAsync(Caller, ct).ConfigureAwait(false) is not { } counts)
        {
            return;
        }

        var planned = Checks.Where(c => c.Status != SpotCheckStatus.Planned).Sum(c => c.Plan.Filings);
        var population = Checks.Where(c => c.Status != SpotCheckStatus.Planned).Sum(c => (long)c.Population.Filings);
        Charts =
        [
            new BarChart("抽中备案数（按组团）· Filings drawn, by zone group", [.. counts.DrawnByZoneGroup.Select(c => new KeyValuePair<string, long>(ZoneGroups.Name(c.Key, english: false), c.Value))]),
            new BarChart("抽中备案数（按风险等级）· Filings drawn, by risk class", [.. counts.DrawnByRiskClass.Select(c => new KeyValuePair<string, long>(c.Key + " 类", c.Value))]),
            new BarChart("问题数（按严重程度）· Findings, by severity", [.. counts.FindingsBySeverity.Select(c => new KeyValuePair<string, long>(FindingNames.Label(c.Key), c.Value))]),
            new BarChart("实际抽取与计划（备案数）· Realised draws against plan (filings)", [new("总体 Population", population), new("计划抽取 Planned", planned), new("已抽验 Drawn", counts.Drawn)]),
            new BarChart("整改中位用时（天）· Median rectification time (days)", [new("已关闭 Closed", counts.MedianRectificationDays)]),
        ];
    }
}

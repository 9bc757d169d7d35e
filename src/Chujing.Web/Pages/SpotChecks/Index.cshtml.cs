using Chujing.Domain.Calendar;
using Chujing.Persistence;
using Chujing.Web.Access;
using Chujing.Web.Pages.Shared;
using Chujing.Web.SpotChecks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Chujing.Web.Pages.SpotChecks;

/// <summary>Spot checks: officers and the city plan and follow them (with statistics); enterprises see those that drew them.</summary>
[Authorize(Policy = Permissions.SpotChecksRead)]
public sealed class IndexModel(SpotCheckService checks, ChujingDbContext db, TimeProvider time) : PageModel
{
    public Caller Caller { get; private set; } = null!;

    public IReadOnlyList<SpotCheckView> Checks { get; private set; } = [];

    public IReadOnlyList<BarChart> Charts { get; private set; } = [];

    public string? Error { get; private set; }

    public DateOnly Today => RegulatoryCalendar.Today(time);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct).ConfigureAwait(false);

    public async Task<IActionResult> OnPostPlanAsync(DateOnly? from, DateOnly? to, long? filings, long? records, CancellationToken ct)
    {
        Caller = Caller.From(User);
        if (Caller.IsEnterprise)
        {
            return Forbid();
        }

        SpotCheckView? planned = null;
        var (result, error) = await PageActions.TryAsync(
            async () => planned = await checks.PlanAsync(Caller, new PlanRequest(from, to, null, filings, records, null), ct).ConfigureAwait(false),
            () => RedirectToPage("Details", new { id = planned!.Id })).ConfigureAwait(false);
        if (result is not null)
        {
            return result;
        }

        Error = error;
        await LoadAsync(ct).ConfigureAwait(false);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Caller = Caller.From(User);
        Checks = await checks.ListAsync(Caller, ct).ConfigureAwait(false);
        if (Caller.IsEnterprise)
        {
            return;
        }

        var outcomes = db.SpotCheckOutcomes.AsNoTracking();
        var findings = db.SpotCheckFindings.AsNoTracking();
        if (Caller.IsOfficer)
        {
            outcomes = outcomes.Where(o => o.ZoneGroupId == Caller.ZoneGroupId);
            findings = findings.Where(f => f.ZoneGroupId == Caller.ZoneGroupId);
        }

        var rows = await outcomes.Select(o => new { o.ZoneGroupId, o.RiskClass }).ToListAsync(ct).ConfigureAwait(false);
        var found = await findings.Select(f => new { f.Severity, f.OpenedAt, f.ClosedAt }).ToListAsync(ct).ConfigureAwait(false);
        var closedDays = found.Where(f => f.ClosedAt is not null).Select(f => (f.ClosedAt!.Value - f.OpenedAt).TotalDays).Order().ToList();
        var median = closedDays.Count == 0 ? 0 : (long)Math.Round(closedDays[closedDays.Count / 2]);
        var planned = Checks.Where(c => c.Status != SpotCheckStatus.Planned).Sum(c => c.Plan.Filings);
        var population = Checks.Where(c => c.Status != SpotCheckStatus.Planned).Sum(c => (long)c.Population.Filings);
        Charts =
        [
            new BarChart("抽中备案数（按组团）· Filings drawn, by zone group", [.. rows.GroupBy(r => r.ZoneGroupId).OrderBy(g => g.Key).Select(g => new KeyValuePair<string, long>(g.Key, g.Count()))]),
            new BarChart("抽中备案数（按风险等级）· Filings drawn, by risk class", [.. rows.GroupBy(r => r.RiskClass).OrderBy(g => g.Key).Select(g => new KeyValuePair<string, long>(g.Key + " 类", g.Count()))]),
            new BarChart("问题数（按严重程度）· Findings, by severity", [.. found.GroupBy(f => f.Severity).OrderBy(g => g.Key).Select(g => new KeyValuePair<string, long>(FindingNames.Label(g.Key), g.Count()))]),
            new BarChart("实际抽取与计划（备案数）· Realised draws against plan (filings)", [new("总体 Population", population), new("计划抽取 Planned", planned), new("已抽验 Drawn", rows.Count)]),
            new BarChart("整改中位用时（天）· Median rectification time (days)", [new("已关闭 Closed", median)]),
        ];
    }
}

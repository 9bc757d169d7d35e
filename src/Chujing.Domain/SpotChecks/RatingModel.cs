using System.Globalization;

namespace Chujing.Domain.SpotChecks;

/// <summary>
/// The published rating model (platform policy throughout; docs/spot-checks.md, "Ratings"). Version
/// <see cref="Version"/>:
/// <list type="bullet">
/// <item>score = 100 − deductions + credits, clamped to 0–100. An open finding deducts 30 / 15 / 5 (serious / major /
/// general), 10 more once its deadline has passed, 20 more once escalated. A closed finding keeps deducting for 365
/// days after closing: a fifth of its points if it was closed by its deadline, half if late. Each clean check of the
/// last 730 days credits 2, at most 10 (the customs standard's itemised deductions, SUPERVISION-ANCHORS §3);</item>
/// <item>class from the score: A ≥ 90, B ≥ 70, C ≥ 40, D below (the bands of the tax credit rating, ibid.);</item>
/// <item>switching (ISO 2859-1's shape, §2.1): two nonconforming of the last five checks tighten — class at best C;
/// five clean checks in a row relax — one class better, at best A; an open serious finding caps the class at C.</item>
/// <item>a finding set aside by an upheld objection (<see cref="ObjectionClock"/>) counts for nothing.</item>
/// </list>
/// </summary>
public static class RatingModel
{
    /// <summary>The version every rating is pinned to.</summary>
    public const string Version = "chujing-rating/2026.1";

    private const string Family = "chujing-rating/";

    // What a reason's basis says where the published model, not a legal text, decides.
    private static readonly string Policy = Label(Version, english: false) + " · " + Label(Version, english: true);

    /// <summary>
    /// A model id as a person reads it: 平台评级政策（2026.1 版） / the platform's rating policy, version 2026.1.
    /// An id of another family is returned as it is.
    /// </summary>
    public static string Label(string model, bool english)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!model.StartsWith(Family, StringComparison.Ordinal))
        {
            return model;
        }

        var version = model[Family.Length..];
        return english ? "the platform's rating policy, version " + version : "平台评级政策（" + version + " 版）";
    }

    /// <summary>Rates a processor from its findings and finished checks as of <paramref name="asOf"/>.</summary>
    public static Rating Rate(IReadOnlyList<RatingFinding> findings, IReadOnlyList<RatingCheck> checks, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(checks);
        var reasons = new List<RatingReason>();
        // A finding set aside by an upheld objection is not an input any more (the objection is audited beside it).
        findings = [.. findings.Where(f => !f.SetAside)];
        foreach (var finding in findings.OrderBy(f => f.Opened).ThenBy(f => f.Id, StringComparer.Ordinal))
        {
            if (Deduction(finding, asOf) is { } reason)
            {
                reasons.Add(reason);
            }
        }

        var recentClean = checks.Where(c => c.Outcome is null && c.Finished <= asOf && c.Finished > asOf.AddDays(-730)).ToList();
        if (recentClean.Count > 0)
        {
            var credit = Math.Min(10, 2 * recentClean.Count);
            reasons.Add(new RatingReason("clean-checks", credit, $"{recentClean.Count} 次抽验未发现问题 · {recentClean.Count} clean check(s) in the last two years",
                Policy, null, recentClean[^1].Id, credit < 10 ? "每次无问题的抽验 +2，最多 +10 · each clean check adds 2, up to 10" : "已达上限 · at the maximum"));
        }

        var score = Math.Clamp(100 + reasons.Sum(r => r.Points), 0, 100);
        var riskClass = score >= 90 ? RiskClass.A : score >= 70 ? RiskClass.B : score >= 40 ? RiskClass.C : RiskClass.D;
        var lastFive = checks.Where(c => c.Finished <= asOf).OrderByDescending(c => c.Finished).ThenByDescending(c => c.Id, StringComparer.Ordinal).Take(5).ToList();
        var state = "normal";
        var raise = new List<string>();
        if (lastFive.Count(c => c.Outcome is not null) >= 2)
        {
            state = "tightened";
            riskClass = Max(riskClass, RiskClass.C);
            raise.Add("最近五次抽验中两次以上不合格：连续五次合格后恢复 · two of the last five checks were nonconforming: five clean checks in a row restore normal");
        }
        else if (lastFive.Count == 5 && lastFive.All(c => c.Outcome is null))
        {
            state = "reduced";
            riskClass = riskClass == RiskClass.A ? RiskClass.A : riskClass - 1;
        }

        if (findings.Any(f => f.Closed is null && f.Severity == FindingSeverity.Serious))
        {
            riskClass = Max(riskClass, RiskClass.C);
            raise.Add("存在未关闭的严重问题：整改并经复查抽样无问题后关闭 · an open serious finding: rectify it and close it with a clean re-check sample");
        }

        raise.AddRange(reasons.Where(r => r.Points < 0).OrderBy(r => r.Points).Take(4).Select(r => r.Raise));
        var top = reasons.OrderBy(r => -Math.Abs(r.Points)).ThenBy(r => r.Code, StringComparer.Ordinal).Take(4).ToList();
        return new Rating(riskClass, score, Version, state, asOf, top, raise.Distinct().ToList());
    }

    private static RiskClass Max(RiskClass a, RiskClass b) => a > b ? a : b;

    private static RatingReason? Deduction(RatingFinding finding, DateOnly asOf)
    {
        var points = finding.Severity switch { FindingSeverity.Serious => 30, FindingSeverity.Major => 15, _ => 5 };
        var label = finding.Severity switch { FindingSeverity.Serious => "严重", FindingSeverity.Major => "主要", _ => "一般" };
        var (kindZh, kindEn) = (finding.KindZh ?? finding.Kind, finding.KindEn ?? finding.Kind);
        if (finding.Opened > asOf)
        {
            return null;
        }

        if (finding.Closed is { } closed && closed <= asOf)
        {
            if (closed.AddDays(365) <= asOf)
            {
                return null;
            }

            var late = closed > finding.Deadline;
            var lingering = late ? (points + 1) / 2 : Math.Max(1, points / 5);
            return new RatingReason(late ? "closed-late" : "closed", -lingering,
                $"{label}问题 {finding.Id}（{kindZh}）已关闭{(late ? "但逾期" : string.Empty)} · {finding.Severity.ToString().ToLowerInvariant()} finding {finding.Id} ({kindEn}) closed{(late ? " after its deadline" : string.Empty)}",
                Policy, finding.Id, null,
                string.Create(CultureInfo.InvariantCulture, $"{closed.AddDays(365):yyyy-MM-dd} 起不再扣分 · stops counting on {closed.AddDays(365):yyyy-MM-dd}"));
        }

        var total = points + (asOf > finding.Deadline ? 10 : 0) + (finding.Escalated ? 20 : 0);
        var text = $"{label}问题 {finding.Id}（{kindZh}）未关闭{(asOf > finding.Deadline ? "且已逾期" : string.Empty)}{(finding.Escalated ? "，已升级" : string.Empty)} · open {finding.Severity.ToString().ToLowerInvariant()} finding {finding.Id} ({kindEn}){(asOf > finding.Deadline ? ", past its deadline" : string.Empty)}{(finding.Escalated ? ", escalated" : string.Empty)}";
        var regain = total - Math.Max(1, points / 5);
        return new RatingReason(asOf > finding.Deadline ? "open-overdue" : "open", -total, text,
            "《个人信息保护法》第六十六条（责令改正）；扣分：" + Label(Version, english: false) + " · PIPL art. 66 (order to rectify); deduction: " + Label(Version, english: true), finding.Id, null,
            string.Create(CultureInfo.InvariantCulture, $"按期整改并获接受可收回 {regain} 分 · rectify it and have it accepted: +{regain}"));
    }
}

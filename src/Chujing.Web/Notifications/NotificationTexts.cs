using System.Globalization;
using Chujing.Domain.Filings;
using Chujing.Web.Localization;

namespace Chujing.Web.Notifications;

/// <summary>
/// What each state change says to the people it concerns, Chinese first with English beside, with labels (退回补正,
/// 严重) rather than codes, and the path of the thing it is about.
/// </summary>
public static class NotificationTexts
{
    /// <summary>The label of a notification's kind, e.g. 备案退回 · Filing returned.</summary>
    public static string KindLabel(string kind, bool english) => UiText.In("notification.kind." + kind, english);

    /// <summary>The path of a filing's page.</summary>
    public static string FilingLink(string filingId) => "/Filings/Details/" + Uri.EscapeDataString(filingId);

    /// <summary>A filing moved by <paramref name="action"/>; null for moves nobody needs telling about (amend).</summary>
    public static NotificationContent? Filing(FilingAction action, string filingId, string title, string processorName, string? note)
    {
        (string Kind, string Zh, string En)? what = action switch
        {
            FilingAction.Submit => ("filing-submitted", $"备案 {filingId} 已提交，待审核", $"Filing {filingId} submitted for review"),
            FilingAction.StartReview => ("filing-under-review", $"备案 {filingId} 已开始审核", $"Review of filing {filingId} has started"),
            FilingAction.Approve => ("filing-approved", $"备案 {filingId} 已通过", $"Filing {filingId} approved"),
            FilingAction.ReturnForCorrection => ("filing-returned-for-correction", $"备案 {filingId} 被退回补正", $"Filing {filingId} returned for correction"),
            FilingAction.Reject => ("filing-rejected", $"备案 {filingId} 不予通过", $"Filing {filingId} rejected"),
            FilingAction.Revoke => ("filing-revoked", $"备案 {filingId} 已被撤销", $"Filing {filingId} revoked"),
            FilingAction.Expire => ("filing-expired", $"备案 {filingId} 有效期届满，已过期", $"Filing {filingId} has expired"),
            _ => null,
        };
        if (what is not { } w)
        {
            return null;
        }

        var noted = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        var bodyZh = $"{processorName}：{title}" + (noted is null ? string.Empty : $"\n审核意见：{noted}");
        var bodyEn = $"{processorName}: {title}" + (noted is null ? string.Empty : $"\nReviewer's note: {noted}");
        return new NotificationContent(w.Kind, "filing", filingId, w.Zh, w.En, bodyZh, bodyEn, FilingLink(filingId));
    }

    /// <summary>Deviations recorded for a processor's exports since the recipient last read this notice (one batch or the sum of several).</summary>
    public static NotificationContent Deviations(string uscc, string processorName, long count, string highestSeverity, IEnumerable<string> kinds)
    {
        var kindList = kinds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Take(8).ToList();
        var n = count.ToString("N0", CultureInfo.InvariantCulture);
        return new NotificationContent(
            "deviation-recorded",
            "deviation",
            uscc,
            $"{processorName}：记录 {n} 条一致性偏差（最高级别：{UiText.In("severity." + highestSeverity, false)}）",
            $"{processorName}: {n} deviation(s) recorded (highest: {UiText.In("severity." + highestSeverity, true)})",
            "偏差类型：" + string.Join("、", kindList.Select(k => UiText.In("kind." + k, false))),
            "Kinds: " + string.Join(", ", kindList.Select(k => UiText.In("kind." + k, true))),
            "/Deviations");
    }

    /// <summary>A spot-check finding opened against a processor's filing.</summary>
    public static NotificationContent FindingOpened(string findingId, string filingId, string severity, string detail, DateOnly deadline)
    {
        var day = deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new NotificationContent(
            "finding-opened",
            "finding",
            findingId,
            $"抽验发现问题 {findingId}（{UiText.In("severity." + severity, false)}）：备案 {filingId}",
            $"Spot-check finding {findingId} ({UiText.In("severity." + severity, true)}): filing {filingId}",
            $"{detail}\n整改期限：{day}",
            $"{detail}\nRectify by {day}",
            FindingLink(findingId));
    }

    /// <summary>The enterprise answered a finding with its rectification (to the zone group).</summary>
    public static NotificationContent FindingRectified(string findingId, string filingId) => new(
        "finding-rectified",
        "finding",
        findingId,
        $"问题 {findingId} 已提交整改，待审查",
        $"Rectification of finding {findingId} submitted for review",
        $"备案 {filingId}",
        $"Filing {filingId}",
        FindingLink(findingId));

    /// <summary>An officer decided on a finding: <c>accept</c>, <c>reopen</c> or <c>escalate</c>.</summary>
    public static NotificationContent FindingDecided(string findingId, string filingId, string decision, string? note, string? filingAction)
    {
        var (kind, zh, en) = decision switch
        {
            "accept" => ("finding-accepted", $"问题 {findingId} 的整改已被接受", $"Rectification of finding {findingId} accepted"),
            "reopen" => ("finding-reopened", $"问题 {findingId} 的整改被退回", $"Rectification of finding {findingId} sent back"),
            _ => ("finding-escalated", $"问题 {findingId} 已升级处理", $"Finding {findingId} escalated"),
        };
        var noted = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        return new NotificationContent(
            kind,
            "finding",
            findingId,
            zh,
            en,
            $"备案 {filingId}" + (filingAction switch { "revoke" => "（备案已撤销）", "suspend" => "（备案已暂停）", _ => string.Empty }) + (noted is null ? string.Empty : $"\n意见：{noted}"),
            $"Filing {filingId}" + (filingAction switch { "revoke" => " (the filing was revoked)", "suspend" => " (the filing was suspended)", _ => string.Empty }) + (noted is null ? string.Empty : $"\nNote: {noted}"),
            FindingLink(findingId));
    }

    /// <summary>
    /// A published edition (named by its <paramref name="title"/> and <paramref name="titleEn"/>) changes what one of the
    /// processor's filings needs; <paramref name="withoutApplication"/>
    /// (set when the processor is approved for the pinned edition only): the pathway on moving without a new list-use
    /// application, when the national rules alone decide.
    /// </summary>
    public static NotificationContent EditionNotice(string title, string titleEn, string filingId, string? before, string? after, bool needsApplication = false, string? withoutApplication = null) => new(
        "edition-notice",
        "edition-notice",
        filingId,
        $"清单新版本“{title}”发布，影响备案 {filingId}",
        $"New list edition '{titleEn}' published; it affects filing {filingId}",
        $"出境路径：{PathwayLabel(before, false)} → {PathwayLabel(after, false)}；请将备案迁移到新版本。"
            + (needsApplication ? "\n" + ApplicationText("“" + title + "”", after, withoutApplication, false) : string.Empty),
        $"Pathway: {PathwayLabel(before, true)} → {PathwayLabel(after, true)}; move the filing onto the new edition."
            + (needsApplication ? "\n" + ApplicationText("'" + titleEn + "'", after, withoutApplication, true) : string.Empty),
        "/Editions/Notices");

    /// <summary>That moving onto <paramref name="edition"/> (its id or title) needs a new list-use application, and the answer with and without it.</summary>
    public static string ApplicationText(string edition, string? withApplication, string? withoutApplication, bool english) => english
        ? $"Approval to use a list is of one edition: moving onto {edition} needs a new list-use application to the zone group. With it: {PathwayLabel(withApplication, true)} (the list pathway); without it the list does not apply: {PathwayLabel(withoutApplication, true)} (national rules only)."
        : $"清单使用审批按版本作出：迁移到 {edition} 须重新向自贸组团提交负面清单使用申请。获准后：{PathwayLabel(withApplication, false)}（按清单）；未获准则清单不适用：{PathwayLabel(withoutApplication, false)}（仅按国家规定）。";

    private static string FindingLink(string findingId) => "/Findings#" + Uri.EscapeDataString(findingId);

    private static string PathwayLabel(string? pathway, bool english) =>
        pathway is null ? (english ? "none" : "无") : UiText.In("pathway." + pathway, english);
}

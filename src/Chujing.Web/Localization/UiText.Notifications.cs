using System.Collections.Frozen;

namespace Chujing.Web.Localization;

/// <summary>The words of notifications (通知) and filing attachments (附件).</summary>
public sealed partial class UiText
{
    private static readonly FrozenDictionary<string, (string Zh, string En)> NotificationTexts = new Dictionary<string, (string Zh, string En)>(StringComparer.Ordinal)
    {
        ["nav.notifications"] = ("通知", "Notifications"),
        ["notification.title"] = ("通知", "Notifications"),
        ["notification.unread"] = ("{0} 条未读", "{0} unread"),
        ["notification.none"] = ("暂无通知。", "No notifications."),
        ["notification.only-unread"] = ("只看未读", "Unread only"),
        ["notification.all"] = ("全部", "All"),
        ["notification.mark-read"] = ("标为已读", "Mark read"),
        ["notification.mark-all-read"] = ("全部标为已读", "Mark all read"),
        ["notification.read"] = ("已读", "Read"),
        ["notification.open"] = ("查看", "Open"),
        ["notification.bell"] = ("通知（未读 {0} 条）", "Notifications ({0} unread)"),
        ["notification.kind.filing-submitted"] = ("备案待审核", "Filing submitted"),
        ["notification.kind.filing-under-review"] = ("备案审核中", "Filing under review"),
        ["notification.kind.filing-approved"] = ("备案已通过", "Filing approved"),
        ["notification.kind.filing-returned-for-correction"] = ("备案退回补正", "Filing returned"),
        ["notification.kind.filing-rejected"] = ("备案不予通过", "Filing rejected"),
        ["notification.kind.filing-revoked"] = ("备案已撤销", "Filing revoked"),
        ["notification.kind.filing-expired"] = ("备案已过期", "Filing expired"),
        ["notification.kind.deviation-recorded"] = ("一致性偏差", "Deviation"),
        ["notification.kind.finding-opened"] = ("抽验问题", "Finding opened"),
        ["notification.kind.finding-rectified"] = ("整改待审查", "Rectification submitted"),
        ["notification.kind.finding-accepted"] = ("整改已接受", "Rectification accepted"),
        ["notification.kind.finding-reopened"] = ("整改被退回", "Rectification sent back"),
        ["notification.kind.finding-escalated"] = ("问题已升级", "Finding escalated"),
        ["notification.kind.edition-notice"] = ("清单版本通知", "Edition notice"),
    }.ToFrozenDictionary(StringComparer.Ordinal);
}

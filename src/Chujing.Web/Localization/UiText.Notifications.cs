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
        ["attachment.title"] = ("附件", "Attachments"),
        ["attachment.rules"] = ("可上传标准合同、个人信息保护影响评估报告、安全评估结果：PDF、Word (DOCX)、Excel (XLSX)、PNG 或 JPEG，每个文件不超过 {0} MiB；按文件内容识别类型，含宏、脚本或可执行程序的文件不予接收。", "Attach the standard contract, the PIPIA report or the CAC's result: PDF, Word (DOCX), Excel (XLSX), PNG or JPEG, at most {0} MiB each; the type is read from the content, and files with macros, scripts or programs are refused."),
        ["attachment.none"] = ("暂无附件。", "No attachments."),
        ["attachment.size"] = ("大小", "Size"),
        ["attachment.uploaded"] = ("上传", "Uploaded"),
        ["attachment.upload"] = ("上传附件", "Upload"),
        ["attachment.remove"] = ("删除", "Remove"),
        ["label.kind"] = ("附件类型", "Attachment type"),
        ["label.file"] = ("附件文件", "File"),
        ["label.fileName"] = ("文件名", "File name"),
    }.ToFrozenDictionary(StringComparer.Ordinal);
}

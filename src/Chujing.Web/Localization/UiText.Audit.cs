using System.Collections.Frozen;

namespace Chujing.Web.Localization;

/// <summary>
/// The audit log's words: the kinds and actions the other word lists do not name yet, and every property an audit
/// snapshot holds (key → (Chinese, English)). A property name means one thing across entities, so one label serves.
/// </summary>
public sealed partial class UiText
{
    private static readonly FrozenDictionary<string, (string Zh, string En)> AuditTexts = new Dictionary<string, (string Zh, string En)>(StringComparer.Ordinal)
    {
        ["audit.entity.rating-objection"] = ("评级异议", "Rating objection"),
        ["audit.entity.account"] = ("账户", "Account"),
        ["audit.action.suspend"] = ("暂停", "Suspend"),
        ["audit.action.reinstate"] = ("恢复", "Reinstate"),
        ["audit.action.attach"] = ("上传附件", "Attach"),
        ["audit.action.detach"] = ("删除附件", "Remove attachment"),
        ["audit.action.file"] = ("提出异议", "File"),
        ["audit.action.uphold"] = ("异议成立", "Uphold"),
        ["audit.action.set-aside"] = ("不计入评级", "Set aside"),
        ["audit.action.invite"] = ("邀请", "Invite"),
        ["audit.action.update"] = ("修改账户", "Update"),
        ["audit.action.lock"] = ("锁定", "Lock"),
        ["audit.action.unlock"] = ("解除锁定", "Unlock"),
        ["audit.action.reset-two-factor"] = ("重置两步验证", "Reset two-factor sign-in"),
        ["audit.action.issue-Invitation"] = ("发出邀请链接", "Issue an invitation link"),
        ["audit.action.issue-Reset"] = ("发出重置密码链接", "Issue a password-reset link"),
        ["audit.action.change-password"] = ("修改密码", "Change password"),
        ["audit.action.accept-invitation"] = ("接受邀请", "Accept invitation"),
        ["audit.action.reset-password"] = ("重置密码", "Reset password"),
        ["audit.actor.system"] = ("系统 system", "System"),
        ["spot-check.party.zone-group"] = ("自贸组团", "Zone group"),
        ["spot-check.party.city"] = ("市级部门", "City authority"),
        ["spot-check.party.enterprise-witness"] = ("企业见证人", "Enterprise witness"),
        ["audit.property.id"] = ("编号", "Id"),
        ["audit.property.status"] = ("状态", "Status"),
        ["audit.property.processor"] = ("数据处理者", "Processor"),
        ["audit.property.processorName"] = ("数据处理者名称", "Processor name"),
        ["audit.property.zoneGroup"] = ("自贸组团", "Zone group"),
        ["audit.property.title"] = ("名称", "Title"),
        ["audit.property.listEdition"] = ("清单版本", "List edition"),
        ["audit.property.scenario"] = ("业务场景", "Scenario"),
        ["audit.property.fields"] = ("字段", "Fields"),
        ["audit.property.recipients"] = ("境外接收方", "Recipients"),
        ["audit.property.purpose"] = ("出境目的", "Purpose"),
        ["audit.property.importantData"] = ("含重要数据", "Important data"),
        ["audit.property.persons"] = ("人数", "Persons"),
        ["audit.property.yearPersons"] = ("本年加计人数", "Added from the processor's year"),
        ["audit.property.retentionMonths"] = ("境外保存期限（月）", "Retention (months)"),
        ["audit.property.securityMeasures"] = ("安全保护措施", "Security measures"),
        ["audit.property.validFrom"] = ("有效期起", "Valid from"),
        ["audit.property.validUntil"] = ("有效期止", "Valid until"),
        ["audit.property.pathway"] = ("评估结论", "Pathway"),
        ["audit.property.basis"] = ("法律依据", "Legal basis"),
        ["audit.property.assessment"] = ("评估记录", "Assessment"),
        ["audit.property.reviewNote"] = ("审核意见", "Review note"),
        ["audit.property.createdAt"] = ("创建时间", "Created"),
        ["audit.property.submittedAt"] = ("提交时间", "Submitted"),
        ["audit.property.decidedAt"] = ("决定时间", "Decided"),
        ["audit.property.outOfDate"] = ("评估已过期", "Out of date"),
        ["audit.property.reassessedPathway"] = ("重新评估结论", "Pathway on reassessment"),
        ["audit.property.stillRequired"] = ("尚需办理", "Still required"),
        ["audit.property.pathwayReference"] = ("评估结果／备案编号", "Result / filing number"),
        ["audit.property.pathwayDate"] = ("评估结果日期", "Result date"),
        ["audit.property.statusHistory"] = ("状态记录", "Status history"),
        ["audit.property.uscc"] = ("统一社会信用代码", "USCC"),
        ["audit.property.name"] = ("名称", "Name"),
        ["audit.property.ciio"] = ("关键信息基础设施运营者", "CIIO"),
        ["audit.property.listApproved"] = ("已获准使用清单", "List approved"),
        ["audit.property.contactName"] = ("联系人", "Contact"),
        ["audit.property.contactEmail"] = ("联系邮箱", "Contact e-mail"),
        ["audit.property.contactPhone"] = ("联系电话", "Phone"),
        ["audit.property.registeredAt"] = ("登记时间", "Registered"),
        ["audit.property.statement"] = ("申请说明", "Statement"),
        ["audit.property.decisionNote"] = ("决定理由", "Decision note"),
        ["audit.property.prefix"] = ("令牌前缀", "Token prefix"),
        ["audit.property.scopes"] = ("权限范围", "Scopes"),
        ["audit.property.lastUsedAt"] = ("最近使用时间", "Last used"),
        ["audit.property.revokedAt"] = ("撤销时间", "Revoked"),
        ["audit.property.email"] = ("电子邮箱", "E-mail"),
        ["audit.property.displayName"] = ("姓名", "Name"),
        ["audit.property.role"] = ("角色", "Role"),
        ["audit.property.regulator"] = ("市级部门", "City authority"),
        ["audit.property.administrator"] = ("管理员", "Administrator"),
        ["audit.property.locked"] = ("已锁定", "Locked"),
        ["audit.property.lockedUntil"] = ("锁定至", "Locked until"),
        ["audit.property.twoFactor"] = ("两步验证", "Two-factor sign-in"),
        ["audit.property.passwordSet"] = ("已设密码", "Password set"),
        ["audit.property.entry"] = ("账户", "Account"),
        ["audit.property.link"] = ("链接", "Link"),
        ["audit.property.rootCause"] = ("原因分析", "Root cause"),
        ["audit.property.measures"] = ("整改措施", "Measures"),
        ["audit.property.note"] = ("意见", "Note"),
        ["audit.property.escalated"] = ("已升级", "Escalated"),
        ["audit.property.closedAt"] = ("关闭时间", "Closed"),
        ["audit.property.spotCheckId"] = ("抽验编号", "Spot check"),
        ["audit.property.filingId"] = ("备案编号", "Filing"),
        ["audit.property.filing"] = ("备案编号", "Filing"),
        ["audit.property.filings"] = ("抽中的备案", "Filings drawn"),
        ["audit.property.leaf"] = ("存证叶子", "Leaf"),
        ["audit.property.kind"] = ("类型", "Kind"),
        ["audit.property.severity"] = ("严重程度", "Severity"),
        ["audit.property.deadline"] = ("整改期限", "Deadline"),
        ["audit.property.setAsideBy"] = ("不计入评级的依据", "Set aside by"),
        ["audit.property.recheckId"] = ("复查抽验", "Recheck"),
        ["audit.property.findingId"] = ("异议所涉问题", "Finding"),
        ["audit.property.reason"] = ("理由", "Reason"),
        ["audit.property.objectionDeadline"] = ("异议期限", "Objection deadline"),
        ["audit.property.reviewDeadline"] = ("复核期限", "Review deadline"),
        ["audit.property.ratingWhenFiled"] = ("提出异议时的评级", "Rating when filed"),
        ["audit.property.ratingAfterDecision"] = ("决定后的评级", "Rating after the decision"),
        ["audit.property.attachment"] = ("附件编号", "Attachment"),
        ["audit.property.fileName"] = ("文件名", "File name"),
        ["audit.property.contentType"] = ("文件类型", "Content type"),
        ["audit.property.size"] = ("大小（字节）", "Size (bytes)"),
        ["audit.property.sha256"] = ("SHA-256 摘要", "SHA-256"),
        ["audit.property.group"] = ("自贸组团", "Zone group"),
        ["audit.property.from"] = ("期间起", "From"),
        ["audit.property.to"] = ("期间止", "To"),
        ["audit.property.hash"] = ("抽样总体哈希", "Population hash"),
        ["audit.property.recheckOf"] = ("复查对象", "Recheck of"),
        ["audit.property.seed"] = ("随机种子", "Seed"),
        ["audit.property.contributors"] = ("种子提供方", "Seed contributors"),
        ["audit.property.inspectors"] = ("检查人员", "Inspectors"),
        ["audit.property.findings"] = ("发现问题数", "Findings"),
        ["audit.property.bytes"] = ("字节数", "Bytes"),
        ["audit.property.edition"] = ("清单版本", "Edition"),
        ["audit.property.effective"] = ("施行日期", "Effective"),
        ["audit.property.contentHash"] = ("内容哈希", "Content hash"),
        ["audit.property.basedOn"] = ("基于版本", "Based on"),
        ["audit.property.item"] = ("条目", "Item"),
        ["audit.property.value"] = ("内容", "Value"),
        ["audit.property.authority"] = ("批准机关", "Authority"),
        ["audit.property.documentNumber"] = ("文号", "Document number"),
        ["audit.property.date"] = ("日期", "Date"),
        ["audit.property.recordedBy"] = ("登记人", "Recorded by"),
        ["audit.property.recordedAt"] = ("登记时间", "Recorded"),
        ["audit.property.deviations"] = ("偏差数", "Deviations"),
        ["audit.property.firstLeafIndex"] = ("首个存证叶子", "First leaf"),
        ["audit.property.leaves"] = ("涉及叶子数", "Leaves"),
        ["audit.property.bySeverity"] = ("按严重程度", "By severity"),
        ["audit.property.byKind"] = ("按类型", "By kind"),
        ["audit.property.events"] = ("出境事件数", "Export events"),
        ["audit.property.treeSize"] = ("树大小", "Tree size"),
        ["audit.property.rootHash"] = ("根哈希", "Root hash"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The codes under <paramref name="prefix"/> (e.g. <c>audit.action</c>) whose Chinese or English label contains
    /// <paramref name="text"/>, ignoring case: a search by what a person reads finds the rows stored by code.
    /// </summary>
    public static IReadOnlyList<string> CodesLabelled(string prefix, string text)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(text);
        var start = prefix + ".";
        return
        [
            .. new[] { Texts, EditionTexts, MessageTexts, ListTexts, AccountTexts, NotificationTexts, AuditTexts }
                .SelectMany(d => d)
                .Where(p => p.Key.StartsWith(start, StringComparison.Ordinal) && !p.Key.AsSpan(start.Length).Contains('.')
                    && (p.Value.Zh.Contains(text, StringComparison.OrdinalIgnoreCase) || p.Value.En.Contains(text, StringComparison.OrdinalIgnoreCase)))
                .Select(p => p.Key[start.Length..])
                .Distinct(StringComparer.Ordinal),
        ];
    }
}

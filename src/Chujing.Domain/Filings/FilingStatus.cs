namespace Chujing.Domain.Filings;

/// <summary>Where a filing (备案) stands. Rejected, revoked and expired are terminal; suspended returns to approved when lifted.</summary>
public enum FilingStatus
{
    /// <summary>草稿: written by the processor, not yet sent to its zone group.</summary>
    Draft,

    /// <summary>已提交: sent to the zone group, waiting for an officer.</summary>
    Submitted,

    /// <summary>审核中: an officer of the zone group has taken it up.</summary>
    UnderReview,

    /// <summary>已通过: the zone group accepted the filing; exports within its scope may go ahead until it expires.</summary>
    Approved,

    /// <summary>退回补正: sent back to the processor to correct and submit again.</summary>
    ReturnedForCorrection,

    /// <summary>不予通过: refused; a new filing is needed.</summary>
    Rejected,

    /// <summary>已撤销: an approved filing withdrawn by the zone group.</summary>
    Revoked,

    /// <summary>已过期: the validity period of an approved filing ended.</summary>
    Expired,

    /// <summary>
    /// 已暂停: an approved filing the zone group suspended (e.g. on an escalated spot-check finding); exports under it
    /// are not in force until the suspension is lifted, which restores it to approved.
    /// </summary>
    Suspended,
}

namespace Chujing.Domain.Filings;

/// <summary>What someone does to a filing. Each action is allowed only from some states and to one actor.</summary>
public enum FilingAction
{
    /// <summary>The processor changes the content (a draft, a returned filing, or an approved one, which reopens it).</summary>
    Amend,

    /// <summary>The processor sends the filing to its zone group.</summary>
    Submit,

    /// <summary>An officer takes a submitted filing up for review.</summary>
    StartReview,

    /// <summary>An officer accepts the filing.</summary>
    Approve,

    /// <summary>An officer sends the filing back for correction, with a note.</summary>
    ReturnForCorrection,

    /// <summary>An officer refuses the filing, with a note.</summary>
    Reject,

    /// <summary>An officer withdraws an approved filing (e.g. after a failed spot check).</summary>
    Revoke,

    /// <summary>The clock: the validity period of an approved filing ended.</summary>
    Expire,

    /// <summary>An officer suspends an approved filing (暂停), with a note: exports under it stop being in force.</summary>
    Suspend,

    /// <summary>An officer lifts a suspension (恢复), with a note, once the findings behind it are rectified.</summary>
    Reinstate,
}

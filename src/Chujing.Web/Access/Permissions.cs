namespace Chujing.Web.Access;

/// <summary>
/// What a caller may do. Endpoints and pages name a permission (the policy has the same name); roles grant
/// permissions in <see cref="RolePermissions"/>. Which rows a permission reaches is decided by the caller's tenant
/// (<see cref="TenantScope"/>), not here.
/// </summary>
public static class Permissions
{
    public const string Assess = "assess";
    public const string FilingsRead = "filings.read";
    public const string FilingsWrite = "filings.write";
    public const string FilingsReview = "filings.review";
    public const string ProcessorsRead = "processors.read";
    public const string ProcessorsRegister = "processors.register";
    public const string ApplicationsSubmit = "applications.submit";
    public const string ApplicationsDecide = "applications.decide";
    public const string AuditRead = "audit.read";
    public const string EvidenceAppend = "evidence.append";
    public const string CountersRead = "counters.read";
    public const string StatisticsRead = "statistics.read";
    public const string SpotChecksRead = "spot-checks.read";
    public const string SpotChecksManage = "spot-checks.manage";
    public const string SpotChecksProduce = "spot-checks.produce";
    public const string FindingsRead = "findings.read";
    public const string FindingsRectify = "findings.rectify";
    public const string FindingsDecide = "findings.decide";
    public const string RatingsRead = "ratings.read";

    /// <summary>Read the deviations of exports from their filings (each role within its tenant).</summary>
    public const string DeviationsRead = "deviations.read";

    /// <summary>Check export events against their filings before they leave (<c>POST /api/check</c>).</summary>
    public const string ExportsCheck = "exports.check";

    /// <summary>Make and revoke the processor's API tokens.</summary>
    public const string TokensManage = "tokens.manage";
    /// <summary>Download a processor's evidence ledger as a bundle (<c>GET /api/ledger/bundle</c>), each role within its tenant.</summary>
    public const string LedgerExport = "ledger.export";
    public const string EditionsRead = "editions.read";
    public const string EditionsWrite = "editions.write";

    /// <summary>Administer accounts: the city the officials', an enterprise administrator its processor's colleagues.</summary>
    public const string AccountsManage = "accounts.manage";
    /// <summary>Read and mark one's own notifications (every role; a person sees only their own).</summary>
    public const string Notifications = "notifications";

    /// <summary>Every permission, for policy registration.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Assess, FilingsRead, FilingsWrite, FilingsReview, ProcessorsRead, ProcessorsRegister, ApplicationsSubmit,
        ApplicationsDecide, AuditRead, EvidenceAppend, CountersRead, StatisticsRead,
        DeviationsRead, ExportsCheck, TokensManage,
        SpotChecksRead, SpotChecksManage, SpotChecksProduce, FindingsRead, FindingsRectify, FindingsDecide, RatingsRead,
        EditionsRead, EditionsWrite,
        LedgerExport,
        AccountsManage,
        Notifications,
    ];
}

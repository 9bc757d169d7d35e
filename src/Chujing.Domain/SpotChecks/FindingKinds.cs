namespace Chujing.Domain.SpotChecks;

/// <summary>
/// The kinds a spot check adds to the consistency check's deviation kinds, with the severity each has and why. A
/// deviation found by the consistency check keeps the kind and severity that check gives it (CONTRACTS.md,
/// "Consistency of actual exports with their filing").
/// </summary>
public static class FindingKinds
{
    /// <summary>A sampled leaf that cannot be produced or whose inclusion proof fails: counted as a finding, never skipped.</summary>
    public const string RecordMissing = "record-missing";

    /// <summary>The ledger is not an extension of the head the previous check committed to.</summary>
    public const string LedgerRewritten = "ledger-rewritten";

    /// <summary>The uploaded payload's SHA-256 differs from the leaf's <c>digest</c>.</summary>
    public const string DigestMismatch = "digest-mismatch";

    /// <summary>The payload carries catalog fields the event did not report.</summary>
    public const string PayloadFieldsDiffer = "payload-fields-differ";

    /// <summary>The payload holds more distinct persons than the event reported.</summary>
    public const string PayloadPersonsDiffer = "payload-persons-differ";

    /// <summary>A gateway check of the period that allowed an export never followed by evidence.</summary>
    public const string CheckWithoutEvidence = "check-without-evidence";

    /// <summary>The severity of a spot-check kind, and its basis (<c>platform-policy</c> unless a text is cited).</summary>
    public static (FindingSeverity Severity, string Basis) Of(string kind) => kind switch
    {
        RecordMissing => (FindingSeverity.Serious, "platform-policy: 抽中记录无法提供，按最坏情况计（Stark《从幽灵到邪恶僵尸》）；记录不真实在药监检查分级中属严重缺陷 · a sampled record that cannot be produced counts as the worst case (Stark, \"phantoms to evil zombies\"); records not genuine are serious defects in NMPA grading"),
        LedgerRewritten => (FindingSeverity.Serious, "platform-policy: 改写的存证历史即“记录不真实”（两本账），在药监检查分级中属严重缺陷 · a rewritten history is \"records not genuine\" (two sets of books), serious in NMPA grading"),
        DigestMismatch => (FindingSeverity.Serious, "platform-policy: 提交的数据原件不是存证记录的那一份（记录不真实）· the payload produced is not the one recorded (records not genuine)"),
        PayloadFieldsDiffer => (FindingSeverity.Major, "platform-policy: 实际出境的数据与报告不符 · what was sent departs from what was reported"),
        PayloadPersonsDiffer => (FindingSeverity.Major, "platform-policy: 实际出境的数据与报告不符 · what was sent departs from what was reported"),
        CheckWithoutEvidence => (FindingSeverity.Major, "platform-policy: 出境网关放行的出境必须报送存证 · an export the gateway allowed must be recorded as evidence"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a spot-check finding kind."),
    };

    /// <summary>Every spot-check kind.</summary>
    public static IReadOnlyList<string> All { get; } = [RecordMissing, LedgerRewritten, DigestMismatch, PayloadFieldsDiffer, PayloadPersonsDiffer, CheckWithoutEvidence];
}

namespace Chujing.Domain.SpotChecks;

/// <summary>
/// The outcome of one filing in one check, from its findings, by the NMPA aggregation rules (SUPERVISION-ANCHORS
/// §1.8): any serious finding makes it serious; several major findings "which, analysed together, show that one system
/// is not working" make it serious; several general findings make it major. NMPA does not fix "several": Chujing
/// takes <see cref="Several"/> = 3 (platform policy, published with the rating model).
/// </summary>
public static class SeverityAggregation
{
    /// <summary>How many findings of one grade count as "several".</summary>
    public const int Several = 3;

    /// <summary>The aggregated severity, or null when there is no finding (a clean result); and the reason in one sentence.</summary>
    public static (FindingSeverity? Severity, string Reason) Aggregate(IEnumerable<FindingSeverity> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        int serious = 0, major = 0, general = 0;
        foreach (var finding in findings)
        {
            switch (finding)
            {
                case FindingSeverity.Serious: serious++; break;
                case FindingSeverity.Major: major++; break;
                default: general++; break;
            }
        }

        if (serious > 0)
        {
            return (FindingSeverity.Serious, $"{serious} serious finding(s)");
        }

        if (major >= Several)
        {
            return (FindingSeverity.Serious, $"{major} major findings in one check count as serious");
        }

        if (major > 0)
        {
            return (FindingSeverity.Major, $"{major} major finding(s)");
        }

        if (general >= Several)
        {
            return (FindingSeverity.Major, $"{general} general findings in one check count as major");
        }

        return general > 0 ? (FindingSeverity.General, $"{general} general finding(s)") : (null, "no finding");
    }
}

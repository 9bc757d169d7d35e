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

    /// <summary>The aggregated severity, or null when there is no finding (a clean result); and the reason in one English sentence (the API's <c>reason</c>).</summary>
    public static (FindingSeverity? Severity, string Reason) Aggregate(IEnumerable<FindingSeverity> findings)
    {
        var (severity, reason) = Explain(findings);
        return (severity, reason.En);
    }

    /// <summary>The aggregated severity, or null when there is no finding; and the reason in Chinese and English.</summary>
    public static (FindingSeverity? Severity, SeverityReason Reason) Explain(IEnumerable<FindingSeverity> findings)
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
            return (FindingSeverity.Serious, new SeverityReason($"{serious} 项严重缺陷", $"{serious} serious finding(s)"));
        }

        if (major >= Several)
        {
            return (FindingSeverity.Serious, new SeverityReason($"同一次检查 {major} 项主要缺陷，合并判为严重", $"{major} major findings in one check count as serious"));
        }

        if (major > 0)
        {
            return (FindingSeverity.Major, new SeverityReason($"{major} 项主要缺陷", $"{major} major finding(s)"));
        }

        if (general >= Several)
        {
            return (FindingSeverity.Major, new SeverityReason($"同一次检查 {general} 项一般缺陷，合并判为主要", $"{general} general findings in one check count as major"));
        }

        return general > 0 ? (FindingSeverity.General, new SeverityReason($"{general} 项一般缺陷", $"{general} general finding(s)")) : (null, new SeverityReason("未发现问题", "no finding"));
    }
}

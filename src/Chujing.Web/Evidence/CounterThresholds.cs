namespace Chujing.Web.Evidence;

/// <summary>
/// The person-count thresholds a non-CIIO processor's counters are held against: those of the national Provisions
/// (arts. 5(4), 7, 8 — counted from 1 January): art. 8 makes the first sensitive person already need a standard
/// contract or certification, so that band starts at 1. Alerts fire at <see cref="WarningRatio"/> and at 100 %.
/// </summary>
public static class CounterThresholds
{
    /// <summary>The share of a threshold from which a warning is shown.</summary>
    public const double WarningRatio = 0.8;

    private const string Provisions = "促进和规范数据跨境流动规定";

    /// <summary>(kind, limit, pathway from the limit on, citation).</summary>
    public static IReadOnlyList<(string Kind, long Limit, string Pathway, string Citation)> National { get; } =
    [
        ("personal", 100_000, "standard-contract-or-certification", Provisions + " 第八条"),
        ("personal", 1_000_000, "security-assessment", Provisions + " 第七条"),
        ("sensitive", 1, "standard-contract-or-certification", Provisions + " 第八条"),
        ("sensitive", 10_000, "security-assessment", Provisions + " 第七条"),
    ];

    /// <summary>Holds the counts against every threshold.</summary>
    public static IReadOnlyList<ThresholdView> Evaluate(long personal, long sensitive) =>
        [.. National.Select(t => Evaluate(t.Kind, t.Limit, t.Pathway, t.Citation, t.Kind == "sensitive" ? sensitive : personal))];

    /// <summary>Holds one count against one threshold: <c>warning</c> from 80 %, <c>exceeded</c> from 100 %.</summary>
    public static ThresholdView Evaluate(string kind, long limit, string pathway, string citation, long count)
    {
        var ratio = (double)count / limit;
        var level = ratio >= 1 ? "exceeded" : ratio >= WarningRatio ? "warning" : "ok";
        return new ThresholdView(kind, limit, pathway, citation, count, Math.Round(ratio, 4), level);
    }
}

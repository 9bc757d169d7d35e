namespace Chujing.Domain.SpotChecks;

/// <summary>
/// The published rules a draw follows, frozen with the population so that anyone can re-derive the sample from the
/// population file alone. Platform policy unless a source says otherwise (docs/spot-checks.md):
/// <list type="bullet">
/// <item>weights: how many slots a filing of each class holds in the weighted draw (A 1, B 2, C 4, D 8 by default);</item>
/// <item>ratios: the default share of each class's filings drawn (A 5%, B 20%, C 60%, D 100%: the upper ends of the
/// A ≤5% / B 5–20% / C 21–60% / D 61–100% bands a county publishes under 国市监信发〔2022〕6号, SUPERVISION-ANCHORS §1.3);</item>
/// <item>detection: discovery sampling per filing, finding at least one deviating record with probability
/// <see cref="Confidence"/> when a share <see cref="DetectRate"/> deviates (1% at 95%);</item>
/// <item>inspectors: at least two per filing (双随机: "不少于2名", SUPERVISION-ANCHORS §1.4).</item>
/// </list>
/// </summary>
public sealed record SamplingRules
{
    public SamplingRules(IReadOnlyList<int> weights, IReadOnlyList<double> ratios, double detectRate, double confidence, int inspectorsPerFiling)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(ratios);
        if (weights.Count != 4 || weights.Any(w => w is < 1 or > 1000))
        {
            throw new ArgumentException("Four weights (A–D), each 1–1000.", nameof(weights));
        }

        if (ratios.Count != 4 || ratios.Any(r => !(r > 0 && r <= 1)))
        {
            throw new ArgumentException("Four ratios (A–D), each in (0, 1].", nameof(ratios));
        }

        if (!(detectRate > 0 && detectRate <= 1) || !(confidence > 0 && confidence < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(detectRate), "The detection rate must be in (0, 1] and the confidence in (0, 1).");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(inspectorsPerFiling, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(inspectorsPerFiling, 10);
        Weights = [.. weights];
        Ratios = [.. ratios];
        DetectRate = detectRate;
        Confidence = confidence;
        InspectorsPerFiling = inspectorsPerFiling;
    }

    /// <summary>The rules the platform publishes today.</summary>
    public static SamplingRules Default { get; } = new([1, 2, 4, 8], [0.05, 0.20, 0.60, 1.00], 0.01, 0.95, 2);

    /// <summary>Slots per filing, indexed by <see cref="RiskClass"/>.</summary>
    public IReadOnlyList<int> Weights { get; }

    /// <summary>Default share of filings drawn, indexed by <see cref="RiskClass"/>.</summary>
    public IReadOnlyList<double> Ratios { get; }

    public double DetectRate { get; }

    public double Confidence { get; }

    public int InspectorsPerFiling { get; }

    public int WeightOf(RiskClass riskClass) => Weights[(int)riskClass];

    public double RatioOf(RiskClass riskClass) => Ratios[(int)riskClass];
}

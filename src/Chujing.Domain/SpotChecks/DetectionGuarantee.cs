using System.Globalization;

namespace Chujing.Domain.SpotChecks;

/// <summary>
/// What a filing's record sample can detect, computed by discovery sampling (<see cref="DiscoverySampling"/>): with
/// <see cref="Sample"/> of <see cref="Records"/> records drawn, if at least <see cref="DetectableDeviating"/> records
/// deviate, the sample includes one with probability ≥ <see cref="Confidence"/>; and at the rules' rate
/// (<see cref="Rate"/>) it finds one with probability <see cref="ProbabilityAtRate"/>.
/// </summary>
public sealed record DetectionGuarantee(long Records, long Sample, double Confidence, long DetectableDeviating, double Rate, double ProbabilityAtRate)
{
    /// <summary>The guarantee of drawing <paramref name="sample"/> of <paramref name="records"/>.</summary>
    public static DetectionGuarantee For(long records, long sample, SamplingRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var detectable = DiscoverySampling.DetectableDeviating(records, sample, rules.Confidence);
        var atRate = records == 0 ? 0 : DiscoverySampling.DetectionProbability(records, DiscoverySampling.DeviatingAt(records, rules.DetectRate), sample);
        return new DetectionGuarantee(records, sample, rules.Confidence, detectable, rules.DetectRate, Math.Round(atRate, 4));
    }

    /// <summary>One sentence in Chinese, then English.</summary>
    public string Statement
    {
        get
        {
            if (Records == 0)
            {
                return "该备案在本期没有出境记录。 The filing has no export records in the period.";
            }

            var share = ((double)DetectableDeviating / Records).ToString("P1", CultureInfo.InvariantCulture);
            var confidence = Confidence.ToString("P0", CultureInfo.InvariantCulture);
            return string.Create(CultureInfo.InvariantCulture,
                $"若本备案 {Records} 条记录中至少 {DetectableDeviating} 条（{share}）与备案不一致，抽取的 {Sample} 条以不低于 {confidence} 的概率至少发现一条。 "
                + $"If at least {DetectableDeviating} of this filing's {Records} records ({share}) deviate, these {Sample} find one with probability at least {confidence}.");
        }
    }
}

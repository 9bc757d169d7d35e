namespace Chujing.Domain.SpotChecks;

/// <summary>
/// Binomial attribute sampling: the operating characteristic of a plan "sample n, accept at most c nonconforming"
/// as ISO 2859-4:2020 uses it to test a declared quality level (its worked example: DQL 0.65%, n = 127, c = 2,
/// a ≤ 5% risk of contradicting a correct declaration), and the attribute sample sizes of the AICPA audit guide's
/// tables for tests of controls (smallest n with P(X ≤ k | tolerable rate) ≤ risk). The ISO tables themselves are
/// not encoded: a plan's risks are computed from n and c. Pure and thread-safe.
/// </summary>
public static class AttributeSampling
{
    /// <summary>P(X ≤ c) for X ~ Binomial(n, p).</summary>
    public static double ProbabilityAtMost(long sample, long acceptance, double rate)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sample);
        ArgumentOutOfRangeException.ThrowIfNegative(acceptance);
        if (!(rate >= 0 && rate <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, "The rate must be in [0, 1].");
        }

        if (acceptance >= sample || rate == 0)
        {
            return 1;
        }

        if (rate == 1)
        {
            return 0;
        }

        // Terms in logarithms so that n in the thousands does not underflow.
        var logP = Math.Log(rate);
        var logQ = Math.Log(1 - rate);
        var logChoose = 0.0;
        var total = 0.0;
        for (long k = 0; k <= acceptance; k++)
        {
            if (k > 0)
            {
                logChoose += Math.Log(sample - k + 1) - Math.Log(k);
            }

            total += Math.Exp(logChoose + (k * logP) + ((sample - k) * logQ));
        }

        return Math.Min(1, total);
    }

    /// <summary>The risk of contradicting a declaration that is correct at <paramref name="declaredRate"/>: P(X &gt; c).</summary>
    public static double ProducerRisk(long sample, long acceptance, double declaredRate) =>
        1 - ProbabilityAtMost(sample, acceptance, declaredRate);

    /// <summary>The rate at which the plan still accepts with probability <paramref name="consumerRisk"/> (e.g. 10%): the limiting quality.</summary>
    public static double LimitingQuality(long sample, long acceptance, double consumerRisk)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sample, 1);
        if (!(consumerRisk > 0 && consumerRisk < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(consumerRisk), consumerRisk, "The risk must be between 0 and 1.");
        }

        double low = 0, high = 1;
        for (var i = 0; i < 200 && high - low > 1e-12; i++)
        {
            var middle = (low + high) / 2;
            if (ProbabilityAtMost(sample, acceptance, middle) > consumerRisk)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return (low + high) / 2;
    }

    /// <summary>
    /// The smallest n with P(X ≤ ⌈expected × n⌉ | tolerable) ≤ risk: the AICPA attribute sample size for a tolerable
    /// deviation rate, an expected population deviation rate and a risk of overreliance. Null when none up to 100 000.
    /// </summary>
    public static long? SampleSize(double tolerableRate, double risk, double expectedRate = 0)
    {
        if (!(tolerableRate > 0 && tolerableRate < 1) || !(risk > 0 && risk < 1) || !(expectedRate >= 0 && expectedRate < tolerableRate))
        {
            throw new ArgumentOutOfRangeException(nameof(tolerableRate), "Need 0 ≤ expected < tolerable < 1 and 0 < risk < 1.");
        }

        for (long n = 1; n <= 100_000; n++)
        {
            var allowed = (long)Math.Ceiling((expectedRate * n) - 1e-9);
            if (ProbabilityAtMost(n, allowed, tolerableRate) <= risk)
            {
                return n;
            }
        }

        return null;
    }
}

namespace Chujing.Domain.SpotChecks;

/// <summary>
/// Discovery sampling ("find at least one if there are any"), hypergeometric, without replacement: a sample of n
/// records from N of which D deviate finds at least one with probability <c>1 − C(N−D, n) / C(N, n)</c>
/// (docs/spot-checks.md; worked examples in SUPERVISION-ANCHORS §2.4, e.g. N = 1 000, D = 10, 95% → n = 258).
/// Pure and thread-safe.
/// </summary>
public static class DiscoverySampling
{
    /// <summary>The probability that n records drawn from <paramref name="population"/> include at least one of <paramref name="deviating"/>.</summary>
    public static double DetectionProbability(long population, long deviating, long sample)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(population);
        ArgumentOutOfRangeException.ThrowIfNegative(deviating);
        ArgumentOutOfRangeException.ThrowIfNegative(sample);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(deviating, population);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sample, population);
        if (deviating == 0)
        {
            return 0;
        }

        // P(miss) = Π_{i<n} (N − D − i) / (N − i); it reaches 0 once n > N − D.
        var miss = 1.0;
        for (long i = 0; i < sample; i++)
        {
            var good = population - deviating - i;
            if (good <= 0)
            {
                return 1;
            }

            miss *= (double)good / (population - i);
        }

        return 1 - miss;
    }

    /// <summary>
    /// The smallest n that finds at least one deviating record with probability ≥ <paramref name="confidence"/> when
    /// at least <paramref name="deviating"/> of <paramref name="population"/> deviate; the whole population when even
    /// that is needed. 0 for an empty population.
    /// </summary>
    public static long SampleSize(long population, long deviating, double confidence)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(population);
        ArgumentOutOfRangeException.ThrowIfLessThan(deviating, 1);
        if (!(confidence > 0 && confidence < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "The confidence must be between 0 and 1.");
        }

        if (population == 0)
        {
            return 0;
        }

        deviating = Math.Min(deviating, population);
        var miss = 1.0;
        for (long n = 1; n <= population; n++)
        {
            var good = population - deviating - (n - 1);
            miss = good <= 0 ? 0 : miss * good / (population - (n - 1));
            if (1 - miss >= confidence)
            {
                return n;
            }
        }

        return population;
    }

    /// <summary>The deviating count a rate stands for in a population: ⌈rate × N⌉, at least 1.</summary>
    public static long DeviatingAt(long population, double rate)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(population);
        if (!(rate > 0 && rate <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, "The rate must be in (0, 1].");
        }

        // The small tolerance keeps 1% of 1 000 at 10, not 11, despite binary rounding of 0.01.
        return Math.Max(1, (long)Math.Ceiling((rate * population) - 1e-9));
    }

    /// <summary>
    /// The smallest count of deviating records that a sample of n from N finds with probability ≥ confidence: the
    /// guarantee a given plan states. N − n + 1 always suffices (the sample must then include one).
    /// </summary>
    public static long DetectableDeviating(long population, long sample, double confidence)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sample);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sample, population);
        if (sample == 0)
        {
            return population + 1;
        }

        long low = 1, high = population - sample + 1;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (DetectionProbability(population, middle, sample) >= confidence)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }
}

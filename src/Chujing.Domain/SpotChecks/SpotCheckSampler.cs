using Chujing.Domain.Diagnostics;

namespace Chujing.Domain.SpotChecks;

/// <summary>
/// The documented draw (docs/spot-checks.md, "How the sample is drawn"), three streams of <see cref="RivestSampler"/>
/// over sub-seeds of the published seed, so that anyone can re-run each with Rivest's own <c>sampler.py</c>:
/// <list type="number">
/// <item>Filings, weighted by class: filing j (in id order) holds w(class) consecutive slots of 1..W. Raw picks of
/// <c>"&lt;seed&gt;/filings"</c> over 1..W (counter 1, 2, …) name slots; a filing is drawn the first time one of its
/// slots comes up, until the requested number is drawn.</item>
/// <item>Records of each drawn filing: the distinct picks of <c>"&lt;seed&gt;/records/&lt;filing id&gt;"</c> over 1..N
/// (N = the filing's records) are positions in its leaf runs.</item>
/// <item>Inspectors of each drawn filing: the distinct picks of <c>"&lt;seed&gt;/inspectors/&lt;filing id&gt;"</c> over the
/// zone group's inspectors (id order); one with a conflict for the processor is recused and the next pick
/// substitutes, until the rules' number is reached.</item>
/// </list>
/// Every stream only grows with the sizes, so a larger sample keeps the earlier picks. Pure and thread-safe.
/// </summary>
public static class SpotCheckSampler
{
    /// <summary>The fewest characters a seed may have (Rivest: "at least twenty-four random characters or digits").</summary>
    public const int MinSeedLength = 24;

    /// <summary>The most characters a seed may have.</summary>
    public const int MaxSeedLength = 1000;

    /// <summary>A seed problem, or null when <paramref name="seed"/> is usable.</summary>
    public static string? SeedProblem(string? seed)
    {
        if (seed is null || seed.Length < MinSeedLength)
        {
            return $"a seed has at least {MinSeedLength} characters";
        }

        if (seed.Length > MaxSeedLength)
        {
            return $"a seed has at most {MaxSeedLength} characters";
        }

        if (seed.AsSpan().ContainsAnyInRange('\u0000', '\u001f') || seed != seed.Trim())
        {
            return "a seed has no control characters and no leading or trailing blanks";
        }

        return null;
    }

    /// <summary>Draws the sample of <paramref name="population"/> for <paramref name="seed"/>.</summary>
    public static Result<SpotCheckSample> Draw(SpotCheckPopulation population, string seed, SampleSizes sizes, IReadOnlyCollection<Recusal>? lateRecusals = null)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(sizes);
        if (SeedProblem(seed) is { } problem)
        {
            return Result<SpotCheckSample>.Failure(Diagnostic.ForField(null, "seed", problem));
        }

        var wanted = Math.Min(sizes.Filings ?? DefaultFilings(population), population.Filings.Count);
        var sampled = new List<SampledFiling>((int)wanted);
        foreach (var filing in DrawFilings(population, seed, wanted))
        {
            var records = DrawRecords(population, seed, filing, sizes.RecordsPerFiling);
            var (inspectors, recused) = DrawInspectors(population, seed, filing, lateRecusals);
            if (inspectors.Count < population.Rules.InspectorsPerFiling)
            {
                return Result<SpotCheckSample>.Failure(Diagnostic.ForField(null, "recusals",
                    $"after the recusals, zone group '{filing.ZoneGroup}' has only {inspectors.Count} inspector(s) for filing {filing.Id}; {population.Rules.InspectorsPerFiling} are needed"));
            }

            sampled.Add(new SampledFiling(filing.Id, filing.Processor, filing.ZoneGroup, population.ProcessorOf(filing).RiskClass, records,
                inspectors, recused, DetectionGuarantee.For(filing.RecordCount, records.Count, population.Rules)));
        }

        return Result<SpotCheckSample>.Success(new SpotCheckSample(population.Hash, seed, wanted, sampled));
    }

    /// <summary>Σ over classes of ⌈ratio × filings of the class⌉: the rules' number of filings.</summary>
    public static long DefaultFilings(SpotCheckPopulation population)
    {
        ArgumentNullException.ThrowIfNull(population);
        long total = 0;
        foreach (var group in population.Filings.GroupBy(f => population.ProcessorOf(f).RiskClass))
        {
            total += (long)Math.Ceiling((population.Rules.RatioOf(group.Key) * group.Count()) - 1e-9);
        }

        return total;
    }

    /// <summary>The rules' number of records for a filing of <paramref name="records"/> records (discovery sampling).</summary>
    public static long DefaultRecords(long records, SamplingRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return records == 0 ? 0 : DiscoverySampling.SampleSize(records, DiscoverySampling.DeviatingAt(records, rules.DetectRate), rules.Confidence);
    }

    private static IEnumerable<PopulationFiling> DrawFilings(SpotCheckPopulation population, string seed, long wanted)
    {
        var filings = population.Filings;
        if (wanted == 0)
        {
            yield break;
        }

        // ends[j] = last slot of filing j (1-based, cumulative weights).
        var ends = new long[filings.Count];
        long total = 0;
        for (var j = 0; j < filings.Count; j++)
        {
            total += population.Rules.WeightOf(population.ProcessorOf(filings[j]).RiskClass);
            ends[j] = total;
        }

        var drawn = new bool[filings.Count];
        var count = 0L;
        var filingSeed = seed + "/filings";
        for (long counter = 1; count < wanted; counter++)
        {
            var slot = RivestSampler.Pick(filingSeed, counter, 1, total);
            var index = Array.BinarySearch(ends, slot);
            index = index >= 0 ? index : ~index;
            if (!drawn[index])
            {
                drawn[index] = true;
                count++;
                yield return filings[index];
            }
        }
    }

    private static List<long> DrawRecords(SpotCheckPopulation population, string seed, PopulationFiling filing, long? requested)
    {
        var wanted = Math.Min(requested ?? DefaultRecords(filing.RecordCount, population.Rules), filing.RecordCount);
        var leaves = new List<long>((int)wanted);
        if (wanted == 0)
        {
            return leaves;
        }

        foreach (var pick in RivestSampler.Distinct(seed + "/records/" + filing.Id, 1, filing.RecordCount))
        {
            if (leaves.Count == wanted)
            {
                break;
            }

            leaves.Add(filing.LeafAt(pick.Value));
        }

        return leaves;
    }

    private static (List<string> Inspectors, List<string> Recused) DrawInspectors(
        SpotCheckPopulation population, string seed, PopulationFiling filing, IReadOnlyCollection<Recusal>? lateRecusals)
    {
        var candidates = population.Inspectors.Where(i => string.Equals(i.ZoneGroup, filing.ZoneGroup, StringComparison.Ordinal)).ToList();
        var inspectors = new List<string>();
        var recused = new List<string>();
        if (candidates.Count == 0)
        {
            return (inspectors, recused);
        }

        foreach (var pick in RivestSampler.Distinct(seed + "/inspectors/" + filing.Id, 1, candidates.Count))
        {
            if (inspectors.Count == population.Rules.InspectorsPerFiling)
            {
                break;
            }

            var candidate = candidates[(int)pick.Value - 1];
            var conflict = candidate.Recusals.Contains(filing.Processor, StringComparer.Ordinal)
                || (lateRecusals?.Any(r => r.Filing == filing.Id && r.Inspector == candidate.Id) ?? false);
            (conflict ? recused : inspectors).Add(candidate.Id);
        }

        return (inspectors, recused);
    }
}

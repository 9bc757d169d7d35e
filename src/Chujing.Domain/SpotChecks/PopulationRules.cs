namespace Chujing.Domain.SpotChecks;

/// <summary>The invariants of a population, as problems with the JSON path they concern (shared by the constructor and the parser).</summary>
internal static class PopulationRules
{
    public const int MaxFilings = 100_000;
    public const int MaxProcessors = 100_000;
    public const int MaxInspectors = 10_000;
    public const int MaxIdLength = 200;

    public static List<(string Path, string Message)> Check(
        string? zoneGroup,
        DateOnly from,
        DateOnly to,
        SamplingRules rules,
        IReadOnlyList<PopulationProcessor> processorList,
        IReadOnlyList<PopulationFiling> filings,
        IReadOnlyList<PopulationInspector> inspectors)
    {
        var problems = new List<(string, string)>();
        if (to < from)
        {
            problems.Add(("to", "the period ends before it starts"));
        }

        if (filings.Count > MaxFilings || processorList.Count > MaxProcessors || inspectors.Count > MaxInspectors)
        {
            problems.Add((string.Empty, $"a population holds at most {MaxFilings} filings, {MaxProcessors} processors and {MaxInspectors} inspectors"));
            return problems;
        }

        var processors = new Dictionary<string, PopulationProcessor>(StringComparer.Ordinal);
        for (var i = 0; i < processorList.Count; i++)
        {
            var processor = processorList[i];
            if (i > 0 && string.CompareOrdinal(processorList[i - 1].Uscc, processor.Uscc) >= 0)
            {
                problems.Add(($"processors[{i}].uscc", "processors must be sorted by USCC without repeats"));
            }

            if (processor.PreviousHead is { } previous && previous.Size > processor.Head.Size)
            {
                problems.Add(($"processors[{i}].previousHead.size", "the previous check's head is larger than the committed head"));
            }

            processors[processor.Uscc] = processor;
        }

        for (var i = 0; i < filings.Count; i++)
        {
            var filing = filings[i];
            if (filing.Id.Length > MaxIdLength)
            {
                problems.Add(($"filings[{i}].id", $"longer than {MaxIdLength} characters"));
            }

            if (i > 0 && string.CompareOrdinal(filings[i - 1].Id, filing.Id) >= 0)
            {
                problems.Add(($"filings[{i}].id", "filings must be sorted by id without repeats"));
            }

            if (!processors.TryGetValue(filing.Processor, out var owner))
            {
                problems.Add(($"filings[{i}].processor", $"'{filing.Processor}' is not among the population's processors"));
            }
            else if (filing.Leaves.Count > 0 && filing.Leaves[^1].Last >= owner.Head.Size)
            {
                problems.Add(($"filings[{i}].leaves", $"leaf {filing.Leaves[^1].Last} is beyond the committed head (size {owner.Head.Size})"));
            }

            if (zoneGroup is { } group && !string.Equals(group, filing.ZoneGroup, StringComparison.Ordinal))
            {
                problems.Add(($"filings[{i}].zoneGroup", $"'{filing.ZoneGroup}' is outside the check's zone group '{group}'"));
            }
        }

        for (var i = 1; i < inspectors.Count; i++)
        {
            if (string.CompareOrdinal(inspectors[i - 1].Id, inspectors[i].Id) >= 0)
            {
                problems.Add(($"inspectors[{i}].id", "inspectors must be sorted by id without repeats"));
            }
        }

        // Every filing must be staffable: enough officers of its group without a declared conflict.
        var byGroup = inspectors.GroupBy(x => x.ZoneGroup, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        for (var i = 0; i < filings.Count; i++)
        {
            var filing = filings[i];
            var eligible = byGroup.TryGetValue(filing.ZoneGroup, out var officers)
                ? officers.Count(o => !o.Recusals.Contains(filing.Processor, StringComparer.Ordinal))
                : 0;
            if (eligible < rules.InspectorsPerFiling)
            {
                problems.Add(($"filings[{i}]", $"zone group '{filing.ZoneGroup}' has {eligible} inspector(s) without a conflict for {filing.Processor}; {rules.InspectorsPerFiling} are needed"));
            }
        }

        return problems;
    }
}

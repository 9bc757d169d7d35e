using System.Security.Cryptography;
using System.Text;

namespace Chujing.Domain.SpotChecks;

/// <summary>
/// What a spot check draws from, frozen before any seed exists: the scope and period, the rules, every processor with
/// its committed tree head and class, every filing in force with its leaves, and the inspectors who may be drawn.
/// Its <see cref="Hash"/> (SHA-256 of the canonical JSON, <see cref="PopulationJson"/>) is published first.
/// </summary>
public sealed record SpotCheckPopulation
{
    /// <summary>The format line every population carries.</summary>
    public const string FormatName = "chujing-spot-check-population/v1";

    public SpotCheckPopulation(
        string check,
        string? zoneGroup,
        DateOnly from,
        DateOnly to,
        SamplingRules rules,
        IReadOnlyList<PopulationProcessor> processors,
        IReadOnlyList<PopulationFiling> filings,
        IReadOnlyList<PopulationInspector> inspectors)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(check);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(processors);
        ArgumentNullException.ThrowIfNull(filings);
        ArgumentNullException.ThrowIfNull(inspectors);
        Check = check;
        ZoneGroup = zoneGroup;
        From = from;
        To = to;
        Rules = rules;
        Processors = processors;
        Filings = filings;
        Inspectors = inspectors;
        var problems = PopulationRules.Check(zoneGroup, from, to, rules, processors, filings, inspectors);
        if (problems.Count > 0)
        {
            throw new ArgumentException(problems[0].Path + ": " + problems[0].Message);
        }

        ProcessorsByUscc = processors.ToDictionary(p => p.Uscc, StringComparer.Ordinal);
        CanonicalJson = PopulationJson.Write(this);
        Hash = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalJson)));
    }

    /// <summary>The check's id.</summary>
    public string Check { get; }

    /// <summary>The zone group the check covers; null for a city-wide check.</summary>
    public string? ZoneGroup { get; }

    public DateOnly From { get; }

    public DateOnly To { get; }

    public SamplingRules Rules { get; }

    /// <summary>Sorted by USCC (ordinal).</summary>
    public IReadOnlyList<PopulationProcessor> Processors { get; }

    /// <summary>Sorted by id (ordinal): the order of the weighted draw.</summary>
    public IReadOnlyList<PopulationFiling> Filings { get; }

    /// <summary>Sorted by id (ordinal): the order of the inspector draw.</summary>
    public IReadOnlyList<PopulationInspector> Inspectors { get; }

    /// <summary>The canonical JSON text the hash covers.</summary>
    public string CanonicalJson { get; }

    /// <summary><c>sha256:&lt;hex&gt;</c> of <see cref="CanonicalJson"/> in UTF-8.</summary>
    public string Hash { get; }

    internal IReadOnlyDictionary<string, PopulationProcessor> ProcessorsByUscc { get; }

    /// <summary>The processor of a filing.</summary>
    public PopulationProcessor ProcessorOf(PopulationFiling filing) => ProcessorsByUscc[filing.Processor];
}

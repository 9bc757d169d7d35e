using Chujing.Domain.Detection;

namespace Chujing.Domain.Classification;

/// <summary>One column's part of a <see cref="ScanPlan"/>: the detectors its cells are validated against.</summary>
public sealed class ColumnPlan
{
    internal ColumnPlan(int index, string name, IReadOnlyList<string> nameHints, Detector[] candidates, int slotOffset)
    {
        Index = index;
        Name = name;
        NameHints = nameHints;
        CandidateArray = candidates;
        SlotOffset = slotOffset;
        PersonRanks = new int[candidates.Length];
        for (var k = 0; k < candidates.Length; k++)
        {
            PersonRanks[k] = -1;
            for (var rank = 0; rank < DetectorSet.PersonKeyPriority.Count; rank++)
            {
                if (string.Equals(DetectorSet.PersonKeyPriority[rank], candidates[k].Id, StringComparison.Ordinal))
                {
                    PersonRanks[k] = rank;
                }
            }
        }
    }

    /// <summary>0-based position in the source.</summary>
    public int Index { get; }

    /// <summary>The column name.</summary>
    public string Name { get; }

    /// <summary>Types the name hints at.</summary>
    public IReadOnlyList<string> NameHints { get; }

    /// <summary>The detectors this column's cells are validated against (usually one or two).</summary>
    public IReadOnlyList<Detector> Candidates => CandidateArray;

    internal Detector[] CandidateArray { get; }

    /// <summary>Where this column's candidates start in a tally's flat counter arrays.</summary>
    internal int SlotOffset { get; }

    /// <summary>Per candidate: its rank in <see cref="DetectorSet.PersonKeyPriority"/>, or -1 when it identifies no person.</summary>
    internal int[] PersonRanks { get; }
}

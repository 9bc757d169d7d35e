using System.Runtime.CompilerServices;
using Chujing.Domain.Detection;

namespace Chujing.Domain.Classification;

/// <summary>
/// The specialised plan a scan runs after sampling: for each column, the few detectors worth running on it; every
/// cell is validated only against its column's candidates, with no allocation per cell. Thread-safe: many workers
/// may run one plan, each with its own <see cref="ScanTally"/>.
/// </summary>
public sealed partial class ScanPlan
{
    internal const int MaxKeyLength = 256;
    private readonly ColumnPlan[] _columns;
    private readonly PersonKeyHasher _hasher;
    private readonly int[] _residentIdSlots;
    private readonly int _minorBornAfter;

    internal ScanPlan(ColumnPlan[] columns, int slots, PersonKeyHasher hasher, ScanOptions options)
    {
        _columns = columns;
        SlotCount = slots;
        _hasher = hasher;
        Options = options;
        _residentIdSlots = new int[columns.Length];
        for (var c = 0; c < columns.Length; c++)
        {
            _residentIdSlots[c] = options.AsOf is null ? -1 : Array.FindIndex(columns[c].CandidateArray, d => d is ResidentIdDetector);
        }

        // Under 14 on the scan's date: born after the same day 14 years before.
        _minorBornAfter = options.AsOf is { } asOf ? ResidentIdDetector.Compact(asOf.AddYears(-MinorAge)) : int.MaxValue;
    }

    /// <summary>GB/T 45574-2025: the personal information of minors under this age is sensitive.</summary>
    public const int MinorAge = 14;

    /// <summary>Every column's plan, in source order.</summary>
    public IReadOnlyList<ColumnPlan> Columns => _columns;

    /// <summary>The options the plan was made with.</summary>
    public ScanOptions Options { get; }

    internal int SlotCount { get; }

    /// <summary>
    /// Trims ASCII white space and control characters, no-break, ideographic and zero-width no-break spaces: what
    /// exports pad cells with. Cheaper than <see cref="MemoryExtensions.Trim(ReadOnlySpan{char})"/>, which takes the
    /// Unicode table path for every Chinese first or last character.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ReadOnlySpan<char> TrimSpace(ReadOnlySpan<char> text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsSpace(text[end - 1]))
        {
            end--;
        }

        return text[start..end];
    }

    /// <summary>A fresh tally for one worker, sending person keys to <paramref name="sink"/>.</summary>
    public ScanTally CreateTally(IPersonKeySink? sink) => new(_columns.Length, SlotCount, sink);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSpace(char c) => c <= ' ' || c is '\u00A0' or '\u3000' or '\uFEFF';

    /// <summary>Validates one row's cells against their columns' candidates and records its person identifiers.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void ProcessRow<TRow>(scoped in TRow row, ScanTally tally)
        where TRow : IRowCells, allows ref struct
    {
        ArgumentNullException.ThrowIfNull(tally);
        tally.Rows++;
        var count = Math.Min(row.Count, _columns.Length);
        var identifiers = default(PersonIdentifiers);
        var canonical = tally.Canonical.AsSpan();
        var nonEmpty = tally.NonEmpty;
        var matches = tally.Matches;
        for (var c = 0; c < count; c++)
        {
            var cell = TrimSpace(row.Cell(c));
            if (cell.IsEmpty)
            {
                continue;
            }

            nonEmpty[c]++;
            var plan = _columns[c];
            var candidates = plan.CandidateArray;
            for (var k = 0; k < candidates.Length; k++)
            {
                var result = candidates[k].Detect(cell);
                if (result == DetectorMatch.Match)
                {
                    matches[plan.SlotOffset + k]++;
                    if (k == _residentIdSlots[c] && ResidentIdDetector.BirthDate(cell) > _minorBornAfter)
                    {
                        tally.Minors[c]++;
                    }

                    // The first column of each identifier kind gives the row's identifier of that kind.
                    var kind = plan.PersonRanks[k];
                    if (kind >= 0 && !identifiers.Has(kind) && cell.Length <= MaxKeyLength)
                    {
                        var length = candidates[k].Canonicalize(cell, canonical);
                        identifiers.Set(kind, _hasher.Hash((byte)(kind + 1), canonical[..length]));
                    }
                }
                else if (result == DetectorMatch.Suspect)
                {
                    tally.Suspect[plan.SlotOffset + k]++;
                }
            }
        }

        if (!identifiers.IsEmpty)
        {
            tally.AddPerson(identifiers);
        }
    }
}

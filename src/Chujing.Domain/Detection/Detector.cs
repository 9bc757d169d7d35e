namespace Chujing.Domain.Detection;

/// <summary>
/// Recognises one type of personal (or organisational) identifier in a single cell value. Stateless and
/// thread-safe; <see cref="Detect"/> allocates nothing and expects the value already trimmed.
/// Every detector carries samples that must match and must not match; a test runs them all.
/// </summary>
public abstract class Detector
{
    /// <summary>The type id reported by <c>chujing scan</c> (e.g. <c>cn-resident-id</c>); see docs/contracts.md.</summary>
    public abstract string Id { get; }

    /// <summary>
    /// The key a column's counts for this detector are kept under (<see cref="Classification.DetectorTally"/>): the type
    /// id, unless two detectors report the same type.
    /// </summary>
    public virtual string TallyKey => Id;

    /// <summary>What a value must satisfy, in one line (shown as the column's rule).</summary>
    public abstract string Rule { get; }

    /// <summary>True when the type carries a check (digit, character, Luhn) that random values fail.</summary>
    public virtual bool HasChecksum => false;

    /// <summary>How much the column name must agree.</summary>
    public virtual NameEvidence NameEvidence => NameEvidence.NotNeeded;

    /// <summary>For <see cref="NameEvidence.PreferredOrStrongValues"/>: the share of values that must match without a name hint.</summary>
    public virtual double ValueOnlyRatio => 0.95;

    /// <summary>Values that must give <see cref="DetectorMatch.Match"/>.</summary>
    public abstract IReadOnlyList<string> MustMatch { get; }

    /// <summary>Values that must give <see cref="DetectorMatch.None"/>.</summary>
    public abstract IReadOnlyList<string> MustNotMatch { get; }

    /// <summary>Values that must give <see cref="DetectorMatch.Suspect"/> (empty for types without that outcome).</summary>
    public virtual IReadOnlyList<string> MustBeSuspect => [];

    /// <summary>
    /// What makes a value of the type's shape <see cref="DetectorMatch.Suspect"/> rather than a match (a failed check
    /// digit, an unallocated segment); null for types without that outcome. Shown with the suspect count.
    /// </summary>
    public virtual string? SuspectRule => null;

    /// <summary>
    /// True when the type's check is mandatory and random values of its shape fail it most of the time (a check
    /// character passes one value in ten or eleven by chance): suspect values then count toward a column's ratio only
    /// while at least as many values pass the check as fail it. A column where most values fail a mandatory check is
    /// not of the type, whatever its name says.
    /// </summary>
    public virtual bool SuspectNeedsPassingMajority => false;

    /// <summary>Classifies one trimmed value.</summary>
    public abstract DetectorMatch Detect(ReadOnlySpan<char> value);

    /// <summary>
    /// Writes the canonical form of a matching value (digits only, upper case…) so that the same identifier written
    /// two ways counts as one person. Returns the number of characters written; <paramref name="destination"/> must
    /// hold at least <c>value.Length</c> characters. The default copies the value.
    /// </summary>
    public virtual int Canonicalize(ReadOnlySpan<char> value, Span<char> destination)
    {
        value.CopyTo(destination);
        return value.Length;
    }

    public override string ToString() => Id;
}

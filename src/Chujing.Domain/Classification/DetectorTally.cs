namespace Chujing.Domain.Classification;

/// <summary>One candidate detector's counts in one column.</summary>
/// <param name="Detector">The detector's tally key (<see cref="Detection.Detector.TallyKey"/>): its type id, or for one axis of a two-column position the type and axis.</param>
/// <param name="Matches">Values passing every check.</param>
/// <param name="Suspect">Values of the type's shape failing a strict rule.</param>
public sealed record DetectorTally(string Detector, long Matches, long Suspect)
{
    public string Detector { get; } = !string.IsNullOrEmpty(Detector) ? Detector : throw new ArgumentException("A detector key is required.", nameof(Detector));

    public long Matches { get; } = Matches >= 0 ? Matches : throw new ArgumentOutOfRangeException(nameof(Matches));

    public long Suspect { get; } = Suspect >= 0 ? Suspect : throw new ArgumentOutOfRangeException(nameof(Suspect));
}

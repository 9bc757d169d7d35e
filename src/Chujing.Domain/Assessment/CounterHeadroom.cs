using Chujing.Domain.Catalog;

namespace Chujing.Domain.Assessment;

/// <summary>
/// How far one counter is from its next threshold: at <see cref="Next"/> persons the pathway becomes
/// <see cref="PathwayAtNext"/>; <see cref="Remaining"/> more persons may still be sent without reaching it
/// (<c>Next − Count − 1</c>: at 99,999 persons, 0 more before 100,000). Null next: no stricter band lies ahead.
/// </summary>
public sealed record CounterHeadroom(long Count, Pathway Pathway, long? Next, long? Remaining, Pathway? PathwayAtNext);

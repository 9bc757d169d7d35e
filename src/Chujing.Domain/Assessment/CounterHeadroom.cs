using Chujing.Catalog;

namespace Chujing.Assessment;

/// <summary>
/// How far one counter is from its next threshold: at <see cref="Next"/> persons the pathway becomes
/// <see cref="PathwayAtNext"/>; <see cref="Remaining"/> more persons may be sent before that. Null next: no stricter
/// band lies ahead.
/// </summary>
public sealed record CounterHeadroom(long Count, Pathway Pathway, long? Next, long? Remaining, Pathway? PathwayAtNext);

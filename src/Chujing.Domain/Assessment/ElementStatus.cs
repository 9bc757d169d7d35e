namespace Chujing.Domain.Assessment;

/// <summary>What the activity shows about one element of a claimed exemption.</summary>
public enum ElementStatus
{
    /// <summary>The activity's facts meet the element.</summary>
    Holds,

    /// <summary>The activity's facts contradict the element: the claim fails.</summary>
    Contradicted,

    /// <summary>The engine cannot see it (or the activity does not state it): the processor must be able to show it.</summary>
    ProcessorBurden,
}

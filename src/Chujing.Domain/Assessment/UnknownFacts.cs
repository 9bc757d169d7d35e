namespace Chujing.Domain.Assessment;

/// <summary>Facts an activity may state as not known yet (JSON <c>null</c>).</summary>
[Flags]
public enum UnknownFacts
{
    /// <summary>Every fact is known.</summary>
    None = 0,

    /// <summary><c>processor.ciio</c>: whether the processor is a critical information infrastructure operator.</summary>
    Ciio = 1,

    /// <summary><c>importantData</c>: whether authorities notified or published any of the data as important data.</summary>
    ImportantData = 2,
}

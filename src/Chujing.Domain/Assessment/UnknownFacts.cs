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

    /// <summary>
    /// <c>processor.personsHandled</c> not stated while the regime in force asks it (Security Assessment Measures
    /// art. 4 (2)); the engine sets this itself, and reports it only when the answer depends on it.
    /// </summary>
    PersonsHandled = 4,
}

namespace Chujing.Domain.Detection;

/// <summary>What a detector says about one value.</summary>
public enum DetectorMatch
{
    /// <summary>Not this type.</summary>
    None,

    /// <summary>The value has the type's form and passes every check the type has (check digit, date, segment).</summary>
    Match,

    /// <summary>
    /// The value has the type's form but fails its check (a USCC whose check character is wrong, a VIN without the
    /// North-American check digit). Reported beside the matches, never silently dropped.
    /// </summary>
    Suspect,
}

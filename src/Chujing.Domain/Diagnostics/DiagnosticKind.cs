namespace Chujing.Domain.Diagnostics;

/// <summary>
/// What kind of problem a diagnostic reports, so that callers sort problems without reading their wording: the first
/// four say the input could not be read as the expected document (HTTP 400), the others that a readable input breaks
/// a rule (HTTP 422).
/// </summary>
public enum DiagnosticKind
{
    /// <summary>A readable input breaks a rule (a negative count, a validity longer than three years).</summary>
    Rule = 0,

    /// <summary>A required value is missing.</summary>
    Required,

    /// <summary>An id that names nothing known (an unknown edition, scenario or field).</summary>
    Reference,

    /// <summary>Not well-formed: not JSON, not UTF-8, truncated, empty.</summary>
    Syntax,

    /// <summary>A value of the wrong JSON type (a string where a number belongs).</summary>
    Type,

    /// <summary>A property the document does not have (often a typo).</summary>
    UnknownMember,

    /// <summary>A property given twice in one object.</summary>
    DuplicateMember,
}

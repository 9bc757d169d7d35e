namespace Chujing.Domain.Consistency;

/// <summary>
/// How grave a deviation is, graded as NMPA grades inspection defects (严重 / 主要 / 一般). Ordered from the least
/// grave, so that a larger value is graver. Written in JSON as <c>serious</c>, <c>major</c>, <c>general</c>.
/// </summary>
public enum Severity
{
    /// <summary>一般: a mismatch with the filing that leaves the export within a lawful pathway.</summary>
    General,

    /// <summary>主要: the export goes beyond the filed scope in a way the review decided on.</summary>
    Major,

    /// <summary>严重: the export had no lawful basis in force, or needed a stricter pathway, or risks the persons concerned.</summary>
    Serious,
}

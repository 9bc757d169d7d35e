namespace Chujing.Domain.Detection;

/// <summary>How much a detector needs the column's name to agree before a column is given its type.</summary>
public enum NameEvidence
{
    /// <summary>Values alone decide: the type has a check (digit, segment, range) strong enough on its own.</summary>
    NotNeeded,

    /// <summary>
    /// Values alone decide only when nearly all of them match (see <see cref="Detector.ValueOnlyRatio"/>);
    /// a column name hint lets the ordinary threshold decide. Names and addresses are like this.
    /// </summary>
    PreferredOrStrongValues,

    /// <summary>Only a column whose name hints at the type can have it: an order date is a valid date, not a birth date.</summary>
    Required,
}

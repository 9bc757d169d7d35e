namespace Chujing.Persistence.Editions;

/// <summary>Where a platform edition stands: a draft the city edits, or published (immutable).</summary>
public enum EditionStatus
{
    Draft,
    Published,
}

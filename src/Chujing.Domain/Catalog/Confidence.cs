namespace Chujing.Domain.Catalog;

/// <summary>How well public sources support a catalog entry.</summary>
public enum Confidence
{
    /// <summary>Confirmed by two or more independent sources (or the official text).</summary>
    ConfirmedTwoSources,

    /// <summary>One source.</summary>
    OneSource,

    /// <summary>A weak source, the expert commentary alone, or general knowledge not re-verified.</summary>
    Unverified,
}

namespace Chujing.Domain.Assessment;

/// <summary>An edition a decision used: its id and content hash.</summary>
public sealed record EditionStamp(string Id, string Hash);

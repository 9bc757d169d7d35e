namespace Chujing.Web.Tokens;

/// <summary>
/// What a bearer token stands for while it is not revoked, held in the session cache under
/// <see cref="ApiTokens.CacheKey"/> so that a gateway's request is authenticated without the database.
/// </summary>
public sealed record TokenSnapshot
{
    public TokenSnapshot(int id, string name, int processorId, IEnumerable<string> scopes, DateTimeOffset? lastUsedAt)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(scopes);
        Id = id;
        Name = name;
        ProcessorId = processorId;
        Scopes = [.. scopes];
        LastUsedAt = lastUsedAt;
    }

    public int Id { get; }

    public string Name { get; }

    public int ProcessorId { get; }

    public IReadOnlyList<string> Scopes { get; }

    /// <summary>The last use this node knows to be recorded.</summary>
    public DateTimeOffset? LastUsedAt { get; init; }
}

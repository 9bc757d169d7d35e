namespace Chujing.Web.Tokens;

/// <summary>A token as listed: never the token itself, only its first characters.</summary>
public sealed record TokenView(int Id, string Name, string Prefix, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);

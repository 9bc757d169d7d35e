namespace Chujing.Web.Tokens;

/// <summary>The answer to <c>POST /api/tokens</c>: the token, shown this once (only its hash is kept).</summary>
public sealed record CreatedToken(int Id, string Token, string Name, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt);

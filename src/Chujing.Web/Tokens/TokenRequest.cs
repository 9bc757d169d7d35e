namespace Chujing.Web.Tokens;

/// <summary>The body of <c>POST /api/tokens</c>: a name, and optionally the scopes (all three by default).</summary>
public sealed record TokenRequest(string? Name, IReadOnlyList<string>? Scopes);

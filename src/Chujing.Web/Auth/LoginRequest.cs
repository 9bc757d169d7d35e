namespace Chujing.Web.Auth;

/// <summary>The body of <c>POST /api/auth/login</c>.</summary>
public sealed record LoginRequest(string? Email, string? Password);

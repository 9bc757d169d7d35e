namespace Chujing.Web.Auth;

/// <summary>Who is signed in, and in which tenant.</summary>
public sealed record AccountView(string Email, string DisplayName, string Role, int? Processor, string? ZoneGroup, string? Regulator);

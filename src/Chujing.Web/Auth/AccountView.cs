namespace Chujing.Web.Auth;

/// <summary>
/// Who is signed in, and in which tenant: an enterprise account's processor by its USCC (<paramref name="Processor"/>)
/// and name (<paramref name="ProcessorName"/>), never by a database id.
/// </summary>
public sealed record AccountView(string Email, string DisplayName, string Role, string? Processor, string? ZoneGroup, string? Regulator, string? ProcessorName = null);

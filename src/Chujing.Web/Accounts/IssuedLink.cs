namespace Chujing.Web.Accounts;

/// <summary>
/// A one-time link that sets an account's password (<c>purpose</c>: <c>invitation</c> or <c>reset</c>), shown once to
/// the administrator who issued it, to hand to the account's holder. <c>url</c> is the path of the page that uses it.
/// </summary>
public sealed record IssuedLink(string Purpose, string Token, string Url, DateTimeOffset ExpiresAt);

namespace Chujing.Web.Accounts;

/// <summary>The answer of <c>POST /api/accounts</c>: the account and its invitation link (shown once).</summary>
public sealed record AccountCreated(AccountEntry Account, IssuedLink Invitation);

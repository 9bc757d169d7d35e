namespace Chujing.Web.Filings;

/// <summary>An overseas recipient in API JSON.</summary>
public sealed record RecipientBody(string Name, string Country);

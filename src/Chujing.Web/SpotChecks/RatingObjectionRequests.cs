namespace Chujing.Web.SpotChecks;

/// <summary><c>POST /api/processors/{uscc}/rating/objections</c>: the finding whose weight in the rating the enterprise contests, and why.</summary>
public sealed record ObjectionRequest(string? Finding, string? Reason);

/// <summary><c>POST /api/rating-objections/{id}/{uphold|reject}</c>: the officer's reasons (required).</summary>
public sealed record ObjectionDecisionRequest(string? Note);

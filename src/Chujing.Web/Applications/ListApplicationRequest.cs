namespace Chujing.Web.Applications;

/// <summary>The body of <c>POST /api/applications</c>.</summary>
public sealed record ListApplicationRequest(string? ListEdition, string? Statement);

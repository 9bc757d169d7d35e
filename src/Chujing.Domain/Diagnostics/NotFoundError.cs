namespace Chujing.Domain.Diagnostics;

/// <summary>
/// The thing does not exist, or the caller may not see it — deliberately one answer, so that ids of other tenants
/// cannot be probed.
/// </summary>
public sealed record NotFoundError(string Text) : Error(Text);

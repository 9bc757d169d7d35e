namespace Chujing.Domain.Diagnostics;

/// <summary>The thing changed since the caller read it (its version is no longer the one given).</summary>
public sealed record ConflictError(string Text) : Error(Text);

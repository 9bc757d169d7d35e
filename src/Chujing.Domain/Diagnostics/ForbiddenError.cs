namespace Chujing.Domain.Diagnostics;

/// <summary>The caller may see the thing but may not do this to it.</summary>
public sealed record ForbiddenError(string Text) : Error(Text);

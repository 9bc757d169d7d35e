namespace Chujing.Web.Editions;

/// <summary>A value of an edition diff as a person reads it, and its code where the two differ (shown small, beside).</summary>
public sealed record DiffLabel(string Text, string? Code);

namespace Chujing.Domain.SpotChecks;

/// <summary>An inspector, drawn for a filing, who declared a conflict of interest after the draw; the next pick substitutes.</summary>
/// <param name="Filing">The filing id.</param>
/// <param name="Inspector">The inspector id.</param>
public sealed record Recusal(string Filing, string Inspector);

namespace Chujing.Web.Pages.Shared;

/// <summary>A horizontal bar chart drawn on the server as inline SVG (no script, no external asset).</summary>
public sealed record BarChart(string Title, IReadOnlyList<KeyValuePair<string, long>> Bars);

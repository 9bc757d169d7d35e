using System.Globalization;
using Chujing.Domain.Catalog;
using Chujing.Domain.Text;

namespace Chujing.Web.Localization;

/// <summary>
/// Catalog values as a person reads them, from the one word list (<see cref="UiText"/>): pathways, confidences,
/// counters and person-count bands (敏感个人信息 5,000 人以上 → 数据出境安全评估), never their codes.
/// </summary>
public static class CatalogLabels
{
    /// <summary>The pathway's label (数据出境安全评估 · Security assessment); an unknown one reads "no public source".</summary>
    public static string Pathway(Pathway? pathway, bool english) => UiText.In("pathway." + (pathway?.ToName() ?? "unknown"), english);

    /// <summary>The confidence's label (未经核实 · Unverified).</summary>
    public static string Confidence(Confidence confidence, bool english) => UiText.In("confidence." + KebabNames.Of(confidence), english);

    /// <summary>The counter's label (敏感个人信息 · Sensitive personal information).</summary>
    public static string Counter(Counter counter, bool english) => UiText.In(counter == Domain.Catalog.Counter.Personal ? "counter.personal" : "counter.sensitive", english);

    /// <summary>A band as the law words it: <c>敏感个人信息 10,000 人以上、不满 100,000 人 → 数据出境安全评估</c>.</summary>
    public static string Band(Threshold band, bool english)
    {
        ArgumentNullException.ThrowIfNull(band);
        var bounds = new List<string>(2);
        if (band.AtLeast is { } atLeast)
        {
            bounds.Add(string.Format(CultureInfo.InvariantCulture, UiText.In("band.at-least", english), atLeast.ToString("N0", CultureInfo.InvariantCulture)));
        }

        if (band.Below is { } below)
        {
            bounds.Add(string.Format(CultureInfo.InvariantCulture, UiText.In("band.below", english), below.ToString("N0", CultureInfo.InvariantCulture)));
        }

        var range = bounds.Count == 0 ? UiText.In("band.any", english) : string.Join(UiText.In("band.and", english), bounds);
        return string.Format(CultureInfo.InvariantCulture, UiText.In("band.line", english), Counter(band.Counter, english), range, Pathway(band.Pathway, english));
    }
}

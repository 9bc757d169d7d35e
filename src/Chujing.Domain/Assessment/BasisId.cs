namespace Chujing.Domain.Assessment;

/// <summary>
/// The ids of basis entries, made in one place: a national rule is its catalog id; a list entry is
/// <c>&lt;edition&gt;#&lt;item&gt;</c>; notes about an entry append <c>#&lt;note&gt;</c>; an exemption element is
/// <c>&lt;rule&gt;#element/&lt;element&gt;</c>.
/// </summary>
internal static class BasisId
{
    /// <summary>An element of an exemption rule (<c>art3-trade-without-personal-data#element/no-personal-information</c>).</summary>
    public static string Element(string rule, string element) => rule + "#element/" + element;

    /// <summary>A note about an entry (<c>beijing-ftz/2024#not-applicable</c>, <c>art5-2-cross-border-hr#important-data</c>).</summary>
    public static string Note(string entry, string note) => entry + "#" + note;

    /// <summary>A list item of an edition (<c>beijing-ftz/2024#bj-auto-id-ota-vehicle-control</c>).</summary>
    public static string Item(string edition, string item) => edition + "#" + item;

    /// <summary>An exception of a list item (<c>beijing-ftz/2024#bj-auto-id-ota/miit-filed-tamper-proof</c>).</summary>
    public static string Exception(string edition, string item, string exception) => edition + "#" + item + "/" + exception;

    /// <summary>A fact not known yet (<c>unknown/processor.ciio</c>).</summary>
    public static string Unknown(string path) => "unknown/" + path;
}

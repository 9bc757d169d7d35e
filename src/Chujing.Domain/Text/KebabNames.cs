using System.Text.Json;

namespace Chujing.Domain.Text;

/// <summary>
/// The one kebab-case spelling of enum values (<c>standard-contract-or-certification</c>, <c>under-review</c>) used in
/// catalogs, JSON, URLs and messages: the naming policy the JSON converters use, so that text and JSON never differ.
/// </summary>
public static class KebabNames
{
    /// <summary>The kebab-case name of <paramref name="value"/>.</summary>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Table<TEnum>.Names[value];

    /// <summary>Every value's name, in value order.</summary>
    public static IReadOnlyList<string> All<TEnum>()
        where TEnum : struct, Enum => Table<TEnum>.Ordered;

    /// <summary>Parses a kebab-case name back (exact spelling); false when it names no value.</summary>
    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        if (text is not null && Table<TEnum>.Values.TryGetValue(text, out value))
        {
            return true;
        }

        value = default;
        return false;
    }

    private static class Table<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly Dictionary<TEnum, string> Names = Enum.GetValues<TEnum>().ToDictionary(v => v, v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString()));

        public static readonly string[] Ordered = [.. Enum.GetValues<TEnum>().Select(v => Names[v])];

        public static readonly Dictionary<string, TEnum> Values = Names.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
    }
}

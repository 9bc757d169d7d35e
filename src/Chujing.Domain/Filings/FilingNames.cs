using Chujing.Domain.Text;

namespace Chujing.Domain.Filings;

/// <summary>The kebab-case spelling of the filing enums used in JSON, URLs and messages (e.g. <c>under-review</c>); see <see cref="KebabNames"/>.</summary>
public static class FilingNames
{
    /// <summary>Kebab-case name of an enum value.</summary>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => KebabNames.Of(value);

    /// <summary>Parses a kebab-case name back; false when it names no value.</summary>
    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum => KebabNames.TryParse(text, out value);
}

using System.Globalization;
using System.Text.Json;

namespace Chujing.Domain.Evidence;

/// <summary>
/// Finds a string or member name whose <c>\uD800</c>–<c>\uDFFF</c> escapes do not pair up: JSON text allows them,
/// but such a string is not Unicode text and has no UTF-8 form, so it cannot become a leaf.
/// </summary>
internal static class LoneSurrogates
{
    /// <summary>The path of the first such string (empty for the root), or null.</summary>
    public static string? Find(JsonElement root) => Find(root, string.Empty);

    private static string? Find(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return Reads(() => element.GetString()) ? null : path;
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    string? name = null;
                    if (!Reads(() => name = member.Name))
                    {
                        return path.Length == 0 ? "(member name)" : path + ".(member name)";
                    }

                    if (Find(member.Value, path.Length == 0 ? name! : path + "." + name) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (Find(item, path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]") is { } found)
                    {
                        return found;
                    }

                    index++;
                }

                return null;
            default:
                return null;
        }
    }

    private static bool Reads(Func<string?> read)
    {
        try
        {
            read();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}

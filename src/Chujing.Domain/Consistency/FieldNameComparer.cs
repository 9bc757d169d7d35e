using System.Text;

namespace Chujing.Domain.Consistency;

/// <summary>
/// How the check compares the names of fields and scenarios: compatibility-normalised (full-width to half-width), case
/// ignored, and <c>_</c>, <c>-</c> and white space all one separator, runs of them one, none at either end — so
/// <c>update_type</c>, <c>update-type</c>, <c>Update Type</c> and <c>ＵＰＤＡＴＥ＿ＴＹＰＥ</c> name the same field.
/// Thread-safe.
/// </summary>
internal sealed class FieldNameComparer : IEqualityComparer<string>
{
    public static readonly FieldNameComparer Instance = new();

    private FieldNameComparer()
    {
    }

    /// <summary>The name as compared: <c>UPDATE-TYPE</c> for all of the above.</summary>
    public static string Normalise(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = name.Normalize(NormalizationForm.FormKC);
        var result = new StringBuilder(text.Length);
        var separator = false;
        foreach (var c in text)
        {
            if (c is '_' or '-' || char.IsWhiteSpace(c))
            {
                separator = result.Length > 0;
                continue;
            }

            if (separator)
            {
                result.Append('-');
                separator = false;
            }

            result.Append(char.ToUpperInvariant(c));
        }

        return result.ToString();
    }

    public bool Equals(string? x, string? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && string.Equals(Normalise(x), Normalise(y), StringComparison.Ordinal));

    public int GetHashCode(string obj) => StringComparer.Ordinal.GetHashCode(Normalise(obj));
}

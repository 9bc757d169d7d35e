using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Chujing.Catalog.Yaml;

/// <summary>
/// Writes YAML text in the shape the shipped catalogs use: block mappings and sequences, short entries in flow style,
/// scalars plain where YAML reads them back as the same text and double-quoted otherwise.
/// </summary>
internal sealed partial class YamlText
{
    private readonly StringBuilder _text = new();

    public override string ToString() => _text.ToString();

    public void Comment(string text) => _text.Append("# ").Append(text.ReplaceLineEndings(" ")).Append('\n');

    public void Blank() => _text.Append('\n');

    /// <summary><c>key: value</c> at <paramref name="indent"/>; nothing when the value is null.</summary>
    public void Scalar(int indent, string key, string? value)
    {
        if (value is not null)
        {
            Line(indent, key + ": " + Quote(value, flow: false));
        }
    }

    public void Number(int indent, string key, long? value)
    {
        if (value is not null)
        {
            Line(indent, key + ": " + value.Value.ToString(CultureInfo.InvariantCulture));
        }
    }

    public void Bool(int indent, string key, bool value) => Line(indent, key + ": " + (value ? "true" : "false"));

    public void Date(int indent, string key, DateOnly? value)
    {
        if (value is not null)
        {
            Line(indent, key + ": " + value.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }

    /// <summary><c>key: [a, b]</c>; when the list is empty, <c>key: []</c> if <paramref name="always"/>, else nothing.</summary>
    public void List(int indent, string key, IReadOnlyList<string> values, bool always = false)
    {
        if (values.Count > 0 || always)
        {
            Line(indent, key + ": " + FlowList(values));
        }
    }

    /// <summary>
    /// One entry of a block sequence at <paramref name="indent"/>: <paramref name="body"/> writes its keys at
    /// <paramref name="indent"/> + 2, and the first of them is marked <c>- </c>.
    /// </summary>
    public void Entry(int indent, Action<int> body)
    {
        var start = _text.Length;
        body(indent + 2);
        if (_text.Length > start)
        {
            _text[start + indent] = '-';
        }
    }

    /// <summary><c>key:</c> and one entry per value; when there are none, <c>key: []</c> if <paramref name="always"/>, else nothing.</summary>
    public void Sequence<T>(int indent, string key, IReadOnlyList<T> values, Action<T, int> body, bool always = false)
    {
        if (values.Count == 0)
        {
            if (always)
            {
                Line(indent, key + ": []");
            }

            return;
        }

        Open(indent, key);
        foreach (var value in values)
        {
            Entry(indent + 2, i => body(value, i));
        }
    }

    /// <summary><c>key:</c> opening a nested block.</summary>
    public void Open(int indent, string key) => Line(indent, key + ":");

    /// <summary>A line as given (already quoted), at <paramref name="indent"/>.</summary>
    public void Line(int indent, string text) => _text.Append(' ', indent).Append(text).Append('\n');

    /// <summary><c>[a, b]</c> with each entry quoted for a flow context.</summary>
    public static string FlowList(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(v => Quote(v, flow: true))) + "]";

    /// <summary><c>{a: 1, b: x}</c> from pairs whose values are already quoted; null values are left out.</summary>
    public static string FlowMap(params (string Key, string? Value)[] pairs) =>
        "{" + string.Join(", ", pairs.Where(p => p.Value is not null).Select(p => p.Key + ": " + p.Value)) + "}";

    /// <summary>The text as a YAML scalar that reads back as exactly the same string.</summary>
    public static string Quote(string value, bool flow)
    {
        if (IsPlainSafe(value, flow))
        {
            return value;
        }

        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return text.Append('"').ToString();
    }

    private static bool IsPlainSafe(string value, bool flow)
    {
        if (value.Length == 0 || value != value.Trim() || ReservedPlain().IsMatch(value))
        {
            return false;
        }

        if ("-?:,[]{}#&*!|>'\"%@`".Contains(value[0], StringComparison.Ordinal))
        {
            return false;
        }

        if (value.Contains(": ", StringComparison.Ordinal) || value.Contains(" #", StringComparison.Ordinal) || value.EndsWith(':'))
        {
            return false;
        }

        if (flow && value.IndexOfAny([',', '[', ']', '{', '}', ':']) >= 0)
        {
            return false;
        }

        return !value.Any(c => char.IsControl(c) || c == '\uFEFF');
    }

    /// <summary>Plain scalars YAML would read as something other than this text (null, booleans, numbers).</summary>
    [GeneratedRegex(@"^(~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)|0x[0-9a-fA-F_]+|0o?[0-7_]+)$")]
    private static partial Regex ReservedPlain();
}

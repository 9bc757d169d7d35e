using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Chujing.Domain.Diagnostics;

namespace Chujing.Domain.Evidence;

/// <summary>
/// The canonical JSON text of a ledger leaf (docs/evidence-log-format.md, "Canonical JSON"): object members sorted by
/// name in UTF-16 code-unit order, no insignificant whitespace, strings written as their characters (UTF-8) with
/// only <c>"</c>, <c>\</c> and control characters escaped, integers as their digits, other numbers in the
/// shortest round-trip form of a binary64 double. Two events with the same content always give the same bytes. Thread-safe.
/// </summary>
public static class CanonicalJson
{
    private static readonly SearchValues<char> NeedsEscape = SearchValues.Create(
        "\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f");

    [ThreadStatic]
    private static StringBuilder? t_builder;

    /// <summary>The canonical text of <paramref name="element"/>, or a diagnostic when an object repeats a member name or a number is not a finite double.</summary>
    public static Result<string> Serialize(JsonElement element, string? source = null, int line = 0)
    {
        var text = t_builder ??= new StringBuilder(1024);
        text.Clear();
        var problem = Write(element, text);
        var result = problem is null
            ? Result<string>.Success(text.ToString())
            : Result<string>.Failure(new Diagnostic(source, line, 0, problem.Value.Path.Length == 0 ? null : problem.Value.Path, problem.Value.Message));
        if (text.Capacity > 1 << 16)
        {
            t_builder = null; // do not keep a huge buffer alive for the thread
        }

        return result;
    }

    // Returns the path and description of the first problem, or null. The path is built only on that (rare) way back up.
    private static Problem? Write(JsonElement element, StringBuilder text)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var members = new List<JsonProperty>();
                foreach (var member in element.EnumerateObject())
                {
                    members.Add(member);
                }

                var names = new string[members.Count];
                for (var i = 0; i < names.Length; i++)
                {
                    names[i] = members[i].Name;
                }

                var order = new int[names.Length];
                for (var i = 0; i < order.Length; i++)
                {
                    order[i] = i;
                }

                // Ordinal string comparison is UTF-16 code-unit order, as RFC 8785 sorts.
                Array.Sort(names, order, StringComparer.Ordinal);
                text.Append('{');
                for (var i = 0; i < order.Length; i++)
                {
                    var name = names[i];
                    if (i > 0)
                    {
                        if (string.Equals(names[i - 1], name, StringComparison.Ordinal))
                        {
                            return new Problem(name, "the member name appears more than once");
                        }

                        text.Append(',');
                    }

                    WriteString(name, text);
                    text.Append(':');
                    if (Write(members[order[i]].Value, text) is { } problem)
                    {
                        return problem.Under(name);
                    }
                }

                text.Append('}');
                return null;
            case JsonValueKind.Array:
                text.Append('[');
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (index > 0)
                    {
                        text.Append(',');
                    }

                    if (Write(item, text) is { } problem)
                    {
                        return problem.Under("[" + index.ToString(CultureInfo.InvariantCulture) + "]");
                    }

                    index++;
                }

                text.Append(']');
                return null;
            case JsonValueKind.String:
                WriteStringValue(element, text);
                return null;
            case JsonValueKind.Number:
                var raw = element.GetRawText();
                // Integers of any size keep their digits (JSON has no leading zeros, so they are already
                // canonical but for "-0"); fractions and exponents take the shortest round-trip double form,
                // with any zero (-0.0, 0e5) written 0. A number beyond the double range has no JSON form: rejected.
                if (raw.AsSpan().IndexOfAny('.', 'e', 'E') < 0)
                {
                    text.Append(raw == "-0" ? "0" : raw);
                    return null;
                }

                if (!element.TryGetDouble(out var number) || !double.IsFinite(number))
                {
                    return new Problem(string.Empty, "the number " + raw + " is beyond the range of a double; write it as a string");
                }

                text.Append(number == 0 ? "0" : number.ToString("R", CultureInfo.InvariantCulture));
                return null;
            case JsonValueKind.True:
                text.Append("true");
                return null;
            case JsonValueKind.False:
                text.Append("false");
                return null;
            default:
                text.Append("null");
                return null;
        }
    }

    // A string value without escapes in the input is copied from its UTF-8 bytes without allocating a string.
    private static void WriteStringValue(JsonElement element, StringBuilder text)
    {
        var raw = JsonMarshal.GetRawUtf8Value(element);
        if (raw.Length >= 2 && raw[0] == (byte)'"')
        {
            raw = raw[1..^1];
        }

        if (raw.IndexOf((byte)'\\') >= 0 || raw.Length > 4096)
        {
            WriteString(element.GetString()!, text);
            return;
        }

        Span<char> chars = stackalloc char[raw.Length];
        var count = Encoding.UTF8.GetChars(raw, chars);
        if (chars[..count].IndexOfAny(NeedsEscape) >= 0)
        {
            WriteString(element.GetString()!, text);
            return;
        }

        text.Append('"').Append(chars[..count]).Append('"');
    }

    private static void WriteString(string value, StringBuilder text)
    {
        text.Append('"');
        if (value.AsSpan().IndexOfAny(NeedsEscape) < 0)
        {
            text.Append(value).Append('"');
            return;
        }

        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    text.Append("\\\"");
                    break;
                case '\\':
                    text.Append("\\\\");
                    break;
                case '\b':
                    text.Append("\\b");
                    break;
                case '\f':
                    text.Append("\\f");
                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                case '\r':
                    text.Append("\\r");
                    break;
                case '\t':
                    text.Append("\\t");
                    break;
                case < ' ':
                    text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        text.Append('"');
    }

    private readonly record struct Problem(string Path, string Message)
    {
        // The same problem seen from the parent: its member name or [index] goes in front of the path.
        public Problem Under(string parent) => this with
        {
            Path = Path.Length == 0 ? parent : parent + (Path.StartsWith('[') ? Path : "." + Path),
        };
    }
}

using System.Globalization;
using System.Text.Json;
using Chujing.Domain.Diagnostics;

namespace Chujing.Domain.Assessment;

/// <summary>Typed reads of single values, each reporting the field path and what was found instead.</summary>
public static partial class ActivityReader
{
    private static bool? RequiredBool(JsonElement element, string name, string path, string source, List<Diagnostic> errors, HashSet<string> typos)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            if (!typos.Contains(path))
            {
                errors.Add(Diagnostic.ForField(DiagnosticKind.Required, source, path, "is required (true or false; null when not known yet)"));
            }

            return null;
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            errors.Add(Diagnostic.ForField(DiagnosticKind.Type, source, path, "is required (true or false), not null"));
            return null;
        }

        return OptionalBool(element, name, path, source, errors);
    }

    /// <summary>
    /// A fact that must be given but may be stated as not known yet: <c>null</c> sets <paramref name="unknown"/> and
    /// reads as false (the engine then decides both ways); a missing property is still an error.
    /// </summary>
    private static bool? KnowableBool(JsonElement element, string name, string path, string source, List<Diagnostic> errors, HashSet<string> typos, out bool unknown)
    {
        unknown = false;
        if (element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Null)
        {
            unknown = true;
            return false;
        }

        return RequiredBool(element, name, path, source, errors, typos);
    }

    private static bool? OptionalBool(JsonElement element, string name, string path, string source, List<Diagnostic> errors)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        errors.Add(Diagnostic.ForField(DiagnosticKind.Type, source, path, $"must be true or false, not {Describe(value)}"));
        return null;
    }

    private static string? OptionalString(JsonElement element, string name, string path, string source, List<Diagnostic> errors)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
        {
            return text;
        }

        errors.Add(Diagnostic.ForField(DiagnosticKind.Type, source, path, $"must be a non-empty string, not {Describe(value)}"));
        return null;
    }

    private static List<string> StringArray(JsonElement element, string name, string source, List<Diagnostic> errors)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            errors.Add(Diagnostic.ForField(DiagnosticKind.Type, source, name, $"must be an array of strings, not {Describe(value)}"));
            return [];
        }

        var items = new List<string>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } text)
            {
                items.Add(text);
            }
            else
            {
                errors.Add(Diagnostic.ForField(DiagnosticKind.Type, source, $"{name}[{index.ToString(CultureInfo.InvariantCulture)}]", $"must be a non-empty string, not {Describe(item)}"));
            }

            index++;
        }

        return items;
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{value.GetString()}\"",
        JsonValueKind.Number => "the number " + value.GetRawText(),
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => value.ValueKind.ToString(),
    };
}

using System.Globalization;
using System.Text.Json;
using Chujing.Domain.Diagnostics;

namespace Chujing.Domain.SpotChecks;

/// <summary>Reads members of a JSON document, collecting one diagnostic per problem with its JSON path.</summary>
internal sealed class JsonFields(string? source)
{
    public const int MaxStringLength = 1000;

    public List<Diagnostic> Problems { get; } = [];

    public void Fail(string path, string message) => Problems.Add(Diagnostic.ForField(source, path.Length == 0 ? "(document)" : path, message));

    /// <summary>True when <paramref name="element"/> is an object with no member outside <paramref name="allowed"/>.</summary>
    public bool Object(JsonElement element, string path, params string[] allowed)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Fail(path, "must be a JSON object");
            return false;
        }

        var ok = true;
        foreach (var member in element.EnumerateObject())
        {
            if (Array.IndexOf(allowed, member.Name) < 0)
            {
                Fail(Join(path, member.Name), "is not a known member (expected one of " + string.Join(", ", allowed) + ")");
                ok = false;
            }
        }

        return ok;
    }

    public string? String(JsonElement parent, string name, string path, bool nullable = false)
    {
        var at = Join(path, name);
        if (!parent.TryGetProperty(name, out var value))
        {
            if (!nullable)
            {
                Fail(at, "is required");
            }

            return null;
        }

        if (value.ValueKind == JsonValueKind.Null && nullable)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            Fail(at, "must be a non-empty string");
            return null;
        }

        var text = value.GetString()!;
        if (text.Length > MaxStringLength)
        {
            Fail(at, $"longer than {MaxStringLength} characters");
            return null;
        }

        return text;
    }

    public DateOnly? Date(JsonElement parent, string name, string path)
    {
        var text = String(parent, name, path);
        if (text is null)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Fail(Join(path, name), $"'{text}' is not a date YYYY-MM-DD");
            return null;
        }

        return date;
    }

    public long? Long(JsonElement parent, string name, string path, long min, long max)
    {
        var at = Join(path, name);
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var number) || number < min || number > max)
        {
            Fail(at, $"must be a whole number from {min} to {max}");
            return null;
        }

        return number;
    }

    public double? Number(JsonElement parent, string name, string path, double min, double max, bool minExclusive = false, bool maxExclusive = false)
    {
        var at = Join(path, name);
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number)
            || (minExclusive ? number <= min : number < min) || (maxExclusive ? number >= max : number > max))
        {
            Fail(at, $"must be a number in {(minExclusive ? "(" : "[")}{min.ToString(CultureInfo.InvariantCulture)}, {max.ToString(CultureInfo.InvariantCulture)}{(maxExclusive ? ")" : "]")}");
            return null;
        }

        return number;
    }

    /// <summary>The items of an array member read by <paramref name="read"/>; null when the member or any item is wrong.</summary>
    public List<T>? Items<T>(JsonElement parent, string name, string path, int max, Func<JsonElement, string, JsonFields, T?> read)
    {
        var at = Join(path, name);
        if (!parent.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            Fail(at, "must be an array");
            return null;
        }

        if (array.GetArrayLength() > max)
        {
            Fail(at, $"holds more than {max} items");
            return null;
        }

        var items = new List<T>(array.GetArrayLength());
        var index = 0;
        var ok = true;
        foreach (var element in array.EnumerateArray())
        {
            var item = read(element, at + "[" + index.ToString(CultureInfo.InvariantCulture) + "]", this);
            if (item is null)
            {
                ok = false;
            }
            else
            {
                items.Add(item);
            }

            index++;
        }

        return ok ? items : null;
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;
}

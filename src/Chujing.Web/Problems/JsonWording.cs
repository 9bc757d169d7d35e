using System.Text.Json;
using System.Text.RegularExpressions;

namespace Chujing.Web.Problems;

/// <summary>
/// The serializer's messages in the words of someone who wrote the request: the field and what it must be, never a
/// .NET type name (<c>System.Nullable`1[System.DateOnly]</c>) or a class of the platform.
/// </summary>
internal static partial class JsonWording
{
    /// <summary>The field and the plain message for a body the serializer could not read.</summary>
    public static (string Field, string Message) For(JsonException json, string path)
    {
        var message = Chujing.Domain.Text.JsonErrorText.Tidy(json.Message);
        if (UnmappedProperty().Match(message) is { Success: true } unmapped)
        {
            var name = unmapped.Groups["name"].Value;
            var field = path == "body" ? name : path.EndsWith(name, StringComparison.Ordinal) ? path : path + "." + name;
            return (field, $"unknown property '{name}'");
        }

        if (DuplicateProperty().Match(message) is { Success: true } duplicate)
        {
            var name = duplicate.Groups["name"].Value;
            var field = path == "body" ? name : path.EndsWith(name, StringComparison.Ordinal) ? path : path + "." + name;
            return (field, "is given twice; give each property once");
        }

        if (ConvertedTo().Match(message) is { Success: true } converted)
        {
            return (path, "must be " + Expected(MemberType(converted.Groups["type"].Value, path)));
        }

        if (message.Contains("could not be converted", StringComparison.Ordinal))
        {
            return (path, "has the wrong type");
        }

        // A syntax error: the reader's own sentence (the line and column travel with the diagnostic).
        var end = message.IndexOf(". Path:", StringComparison.Ordinal);
        var sentence = end > 0 ? message[..end] : message;
        return ("body", sentence.Contains("Expected depth to be zero", StringComparison.Ordinal) || sentence.Contains("end of data", StringComparison.OrdinalIgnoreCase)
            ? "is not valid JSON: the document ends too early (truncated?)"
            : "is not valid JSON: " + Scrub(FirstSentence(sentence)));
    }

    /// <summary>The plain message for a request whose body could not be read at all (none, or not JSON).</summary>
    public static string ForBadRequest(BadHttpRequestException e) =>
        e.Message.Contains("no body was provided", StringComparison.Ordinal) || e.Message.Contains("Required parameter", StringComparison.Ordinal)
            ? "a JSON body is required"
            : e.StatusCode == StatusCodes.Status415UnsupportedMediaType ? "send the body as application/json"
            : e.StatusCode == StatusCodes.Status413PayloadTooLarge && TooLarge().Match(e.Message) is { Success: true } large
                ? $"the body is larger than this address accepts (at most {long.Parse(large.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture):N0} bytes)"
            : Scrub(e.Message);

    [System.Text.RegularExpressions.GeneratedRegex(@"max request body size is (\d+) bytes", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex TooLarge();

    /// <summary>
    /// The query or route parameter a request could not be bound to (<c>?pageSize=abc</c>), named, with what it must be
    /// and the value it had (clipped); null when the failure is not about one parameter.
    /// </summary>
    public static Domain.Diagnostics.Diagnostic? ForParameter(BadHttpRequestException e)
    {
        if (BindFailure().Match(e.Message) is not { Success: true } failed)
        {
            return null;
        }

        var type = failed.Groups["type"].Value.Replace("Nullable<", string.Empty, StringComparison.Ordinal).TrimEnd('>');
        var value = failed.Groups["value"].Value;
        value = value.Length <= 40 ? value : value[..40] + "…";
        var message = type switch
        {
            "int" or "long" or "short" or "Int32" or "Int64" => $"must be a whole number (it is '{value}')",
            "bool" or "Boolean" => $"must be true or false (it is '{value}')",
            _ => $"has the wrong form (it is '{value}')",
        };
        return Domain.Diagnostics.Diagnostic.ForField(Domain.Diagnostics.DiagnosticKind.Type, null, failed.Groups["name"].Value, message);
    }

    /// <summary>
    /// A record read through its constructor reports its own type when one of its values fails; the value's type is
    /// then that of the member the path ends in.
    /// </summary>
    private static string MemberType(string type, string path)
    {
        if (!type.StartsWith("Chujing.", StringComparison.Ordinal) || typeof(JsonWording).Assembly.GetType(type) is not { } declaring)
        {
            return type;
        }

        var last = path[(path.LastIndexOf('.') + 1)..];
        var bracket = last.IndexOf('[', StringComparison.Ordinal);
        last = bracket >= 0 ? last[..bracket] : last;
        var member = declaring.GetProperty(last, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.IgnoreCase);
        return member is null ? type : (Nullable.GetUnderlyingType(member.PropertyType) ?? member.PropertyType).FullName ?? type;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private static string Expected(string type)
    {
        var t = type.Replace("System.Nullable`1[", string.Empty, StringComparison.Ordinal).TrimEnd(']');
        return t switch
        {
            "System.DateOnly" => "a date written YYYY-MM-DD",
            "System.DateTimeOffset" or "System.DateTime" => "a date and time written like 2026-11-27T08:00:00Z",
            // The token may have been a string ("12"), a fraction (1.5) or too many digits: the sentence fits all three.
            "System.Int32" => "a whole number written as a JSON number, such as 12 (at most 2,147,483,647)",
            "System.Int64" => "a whole number written as a JSON number, such as 12 (at most 9,223,372,036,854,775,807)",
            "System.Int16" or "System.UInt32" or "System.UInt64" => "a whole number written as a JSON number, such as 12",
            "System.Double" or "System.Decimal" or "System.Single" => "a number written as a JSON number, such as 1.5",
            "System.Boolean" => "true or false",
            "System.String" => "a string",
            _ when t.Contains("List`1", StringComparison.Ordinal) || t.EndsWith("[]", StringComparison.Ordinal) || t.Contains("Enumerable", StringComparison.Ordinal) => "a JSON array",
            _ when t.StartsWith("Chujing.", StringComparison.Ordinal) && IsEnum(t) => "one of the listed values (kebab-case, e.g. under-review)",
            _ => "a JSON object",
        };
    }

    private static bool IsEnum(string typeName) => typeof(JsonWording).Assembly.GetType(typeName)?.IsEnum == true
        || Type.GetType(typeName + ", Chujing.Domain")?.IsEnum == true;

    /// <summary>Drops any remaining .NET type or parameter names from a message.</summary>
    private static string Scrub(string message) => TypeName().Replace(message, "the value").TrimEnd('.');

    [GeneratedRegex(@"The JSON property '(?<name>[^']*)' could not be mapped")]
    private static partial Regex UnmappedProperty();

    [GeneratedRegex(@"^Failed to bind parameter ""(?<type>[^""]*) (?<name>[\w.]+)"" from ""(?<value>[^""]*)""")]
    private static partial Regex BindFailure();

    [GeneratedRegex(@"Duplicate property '(?<name>[^']*)'")]
    private static partial Regex DuplicateProperty();

    [GeneratedRegex(@"could not be converted to (?<type>\S+?)\.?(\s|$)")]
    private static partial Regex ConvertedTo();

    [GeneratedRegex(@"(System|Chujing)\.[\w`\[\].,]+|""[^""]*\b\w+ \w+""")]
    private static partial Regex TypeName();
}

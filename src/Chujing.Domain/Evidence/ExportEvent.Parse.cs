using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using Chujing.Domain.Diagnostics;
using Chujing.Domain.Identifiers;

namespace Chujing.Domain.Evidence;

/// <summary>Parsing: from a line of JSON Lines, or from an element of a JSON document already parsed (no second parse).</summary>
public sealed partial record ExportEvent
{
    /// <summary>
    /// Parses and validates one line of JSON Lines. The diagnostics name <paramref name="source"/>, the 1-based
    /// <paramref name="line"/> and the field; all problems of the line are returned together.
    /// </summary>
    public static Result<ExportEvent> Parse(string json, string? source = null, int line = 0, ExportEventPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException e)
        {
            var column = (int)(e.BytePositionInLine ?? 0) + 1;
            return Result<ExportEvent>.Failure(new Diagnostic(source, line, column, null, "not valid JSON: " + FirstSentence(Text.JsonErrorText.Tidy(e.Message))));
        }

        using (document)
        {
            return Parse(document.RootElement, source, line, policy);
        }
    }

    /// <summary>
    /// Validates one event already parsed as JSON (an element of a request body, say) and reads its facts once.
    /// Field paths in the diagnostics are relative to the event (<c>fields[1]</c>).
    /// </summary>
    public static Result<ExportEvent> Parse(JsonElement root, string? source = null, int line = 0, ExportEventPolicy? policy = null)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Result<ExportEvent>.Failure(new Diagnostic(source, line, 0, null, "an export event must be a JSON object"));
        }

        if (HasEscapes(root) && LoneSurrogates.Find(root) is { } broken)
        {
            return Result<ExportEvent>.Failure(new Diagnostic(source, line, 0, broken, "not valid Unicode: a \\uD800-\\uDFFF escape without its pair"));
        }

        var problems = new List<Diagnostic>();
        Action<string, string> fail = (field, message) => problems.Add(new Diagnostic(source, line, 0, field, message));

        var processor = RequiredString(root, "processor", fail);
        if (processor is not null && Uscc.Validate(processor, "processor", source, line) is { } usccProblem)
        {
            problems.Add(usccProblem);
        }

        var timeText = RequiredString(root, "time", fail);
        var time = default(DateTimeOffset);
        if (timeText is not null && !TryParseRfc3339(timeText, out time))
        {
            fail("time", $"'{timeText}' is not an RFC 3339 date-time such as 2026-11-27T08:00:00Z");
        }

        var recipient = RequiredString(root, "recipient", fail);
        if (recipient is not null && string.IsNullOrWhiteSpace(recipient))
        {
            fail("recipient", "must not be empty");
        }

        var country = RequiredString(root, "country", fail);
        if (country is not null && !CountryPattern().IsMatch(country))
        {
            fail("country", $"'{country}' is not an ISO 3166-1 alpha-2 code such as DE");
        }
        else if (country is not null && !CountryCodes.IsAssigned(country))
        {
            fail("country", $"'{country}' is not an assigned ISO 3166-1 alpha-2 country code");
        }

        long count = 0;
        if (!root.TryGetProperty("persons", out var persons))
        {
            fail("persons", "is required");
        }
        else if (persons.ValueKind != JsonValueKind.Number || !persons.TryGetInt64(out count) || count < 0)
        {
            fail("persons", "must be a whole number ≥ 0");
        }

        var filing = OptionalString(root, "filing", fail);
        var scenario = OptionalString(root, "scenario", fail);
        var fields = OptionalStringArray(root, "fields", fail, null);
        if (fields.Length > MaxFieldCount)
        {
            fail("fields", FormattableString.Invariant($"has {fields.Length:N0} entries; at most {MaxFieldCount:N0} are allowed"));
        }

        var keys = OptionalStringArray(root, "personKeys", fail, key => KeyedHashPattern().IsMatch(key)
            ? null
            : "is not a keyed hash (hex of at least 32 digits or base64 of at least 43 characters, optionally 'alg:'-prefixed); raw person identifiers must never enter the ledger");
        var sensitive = false;
        if (root.TryGetProperty("sensitive", out var flag))
        {
            if (flag.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                sensitive = flag.ValueKind == JsonValueKind.True;
            }
            else
            {
                fail("sensitive", "must be true or false (a JSON boolean, not a string or number)");
            }
        }

        var digest = OptionalString(root, "digest", fail);
        if (digest is not null && !DigestPattern().IsMatch(digest))
        {
            fail("digest", $"'{digest}' is not '<algorithm>:<hex>' such as sha256:<64 hex digits>");
        }

        if (problems.Count > 0)
        {
            return Result<ExportEvent>.Failure(problems);
        }

        var canonical = Evidence.CanonicalJson.Serialize(root, source, line);
        if (!canonical.IsSuccess)
        {
            return Result<ExportEvent>.Failure(canonical.Diagnostics);
        }

        var exportEvent = new ExportEvent(canonical.Value, processor!, time, recipient!, country!, count, filing, scenario, fields, keys, sensitive, digest);
        var refused = (policy ?? ExportEventPolicy.Ledger).Check(exportEvent, source, line);
        return refused.Count > 0 ? Result<ExportEvent>.Failure(refused) : Result<ExportEvent>.Success(exportEvent);
    }

    /// <summary>
    /// The longest text an event's string may hold (recipient, filing, scenario, each field, each key, digest): the
    /// ledger keeps every event for good, so nothing larger than a real name or identifier is taken.
    /// </summary>
    public const int MaxTextLength = 500;

    /// <summary>The most fields one event may name (person keys are limited by the batch and the policy, not here).</summary>
    public const int MaxFieldCount = 1_000;

    /// <summary>The most entries of a list (fields, person keys) one event may carry.</summary>
    private const int MaxListLength = 1_000_000;

    /// <summary>True when the element's JSON text holds a <c>\u</c> escape; only then can a string hold a lone surrogate.</summary>
    private static bool HasEscapes(JsonElement root)
    {
        var raw = JsonMarshal.GetRawUtf8Value(root);
        return raw.IndexOf("\\u"u8) >= 0 || raw.IndexOf("\\U"u8) >= 0;
    }

    private static string? RequiredString(JsonElement root, string name, Action<string, string> fail)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            fail(name, "is required");
            return null;
        }

        return AsString(value, name, fail);
    }

    private static string? OptionalString(JsonElement root, string name, Action<string, string> fail) =>
        root.TryGetProperty(name, out var value) ? AsString(value, name, fail) : null;

    private static string? AsString(JsonElement value, string name, Action<string, string> fail)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            fail(name, "must be a string");
            return null;
        }

        var text = value.GetString()!;
        if (text.Length > MaxTextLength)
        {
            fail(name, FormattableString.Invariant($"is {text.Length:N0} characters long; at most {MaxTextLength:N0} are allowed"));
            return null;
        }

        return text;
    }

    private static string[] OptionalStringArray(JsonElement root, string name, Action<string, string> fail, Func<string, string?>? check)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            fail(name, "must be an array of strings");
            return [];
        }

        if (value.GetArrayLength() > MaxListLength)
        {
            fail(name, FormattableString.Invariant($"has {value.GetArrayLength():N0} entries; at most {MaxListLength:N0} are allowed in one event"));
            return [];
        }

        var items = new string[value.GetArrayLength()];
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                fail(name + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", "must be a string");
            }
            else
            {
                items[i] = item.GetString()!;
                if (items[i].Length > MaxTextLength)
                {
                    fail(name + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", FormattableString.Invariant($"is {items[i].Length:N0} characters long; at most {MaxTextLength:N0} are allowed"));
                }
                else if (check?.Invoke(items[i]) is { } problem)
                {
                    fail(name + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", problem);
                }
            }

            i++;
        }

        return items;
    }

    private static bool TryParseRfc3339(string text, out DateTimeOffset time)
    {
        time = default;
        return Rfc3339Pattern().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc3339Pattern();

    [GeneratedRegex("^[A-Z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex CountryPattern();

    [GeneratedRegex(@"^([a-z0-9-]+:)?([0-9a-fA-F]{32,}|[A-Za-z0-9+/_-]{43,}={0,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyedHashPattern();

    [GeneratedRegex(@"^[a-z0-9-]+:[0-9a-f]{32,}$", RegexOptions.CultureInvariant)]
    private static partial Regex DigestPattern();
}

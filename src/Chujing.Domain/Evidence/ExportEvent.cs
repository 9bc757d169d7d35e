using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Chujing.Domain.Diagnostics;
using Chujing.Domain.Identifiers;

namespace Chujing.Domain.Evidence;

/// <summary>
/// One export event as the ledger stores it: validated against the contract (docs/contracts.md, "An export event") and
/// held as its canonical JSON text. Unknown members are kept; person identifiers may appear only as keyed hashes.
/// </summary>
public sealed partial record ExportEvent
{
    private ExportEvent(string canonicalJson) => CanonicalJson = canonicalJson;

    /// <summary>The leaf text (<see cref="Evidence.CanonicalJson"/>).</summary>
    public string CanonicalJson { get; }

    /// <summary>
    /// Parses and validates one line of JSON Lines. The diagnostics name <paramref name="source"/>, the 1-based
    /// <paramref name="line"/> and the field; all problems of the line are returned together.
    /// </summary>
    public static Result<ExportEvent> Parse(string json, string? source = null, int line = 0)
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
            return Result<ExportEvent>.Failure(new Diagnostic(source, line, column, null, "not valid JSON: " + FirstSentence(e.Message)));
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Result<ExportEvent>.Failure(new Diagnostic(source, line, 0, null, "an export event must be a JSON object"));
            }

            if (LoneSurrogates.Find(json, root) is { } broken)
            {
                return Result<ExportEvent>.Failure(new Diagnostic(source, line, 0, broken, "not valid Unicode: a \\uD800-\\uDFFF escape without its pair"));
            }

            var problems = new List<Diagnostic>();
            Action<string, string> fail = (field, message) => problems.Add(new Diagnostic(source, line, 0, field, message));

            if (RequiredString(root, "processor", fail) is { } processor && Uscc.Validate(processor, "processor", source, line) is { } refused)
            {
                problems.Add(refused);
            }

            if (RequiredString(root, "time", fail) is { } time && !IsRfc3339(time))
            {
                fail("time", $"'{time}' is not an RFC 3339 date-time such as 2026-11-27T08:00:00Z");
            }

            if (RequiredString(root, "recipient", fail) is { } recipient && string.IsNullOrWhiteSpace(recipient))
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

            if (!root.TryGetProperty("persons", out var persons))
            {
                fail("persons", "is required");
            }
            else if (persons.ValueKind != JsonValueKind.Number || !persons.TryGetInt64(out var count) || count < 0)
            {
                fail("persons", "must be a whole number ≥ 0");
            }

            OptionalString(root, "filing", fail);
            OptionalString(root, "scenario", fail);
            OptionalStringArray(root, "fields", fail, null);
            OptionalStringArray(root, "personKeys", fail, key => KeyedHashPattern().IsMatch(key)
                ? null
                : "is not a keyed hash (hex of at least 32 digits or base64 of at least 43 characters, optionally 'alg:'-prefixed); raw person identifiers must never enter the ledger");
            if (OptionalString(root, "digest", fail) is { } digest && !DigestPattern().IsMatch(digest))
            {
                fail("digest", $"'{digest}' is not '<algorithm>:<hex>' such as sha256:<64 hex digits>");
            }

            if (problems.Count > 0)
            {
                return Result<ExportEvent>.Failure(problems);
            }

            var canonical = Evidence.CanonicalJson.Serialize(root, source, line);
            return canonical.IsSuccess
                ? Result<ExportEvent>.Success(new ExportEvent(canonical.Value))
                : Result<ExportEvent>.Failure(canonical.Diagnostics);
        }
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

        return value.GetString();
    }

    private static void OptionalStringArray(JsonElement root, string name, Action<string, string> fail, Func<string, string?>? check)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            fail(name, "must be an array of strings");
            return;
        }

        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            var path = name + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            if (item.ValueKind != JsonValueKind.String)
            {
                fail(path, "must be a string");
            }
            else if (check?.Invoke(item.GetString()!) is { } problem)
            {
                fail(path, problem);
            }

            i++;
        }
    }

    private static bool IsRfc3339(string text) =>
        Rfc3339Pattern().IsMatch(text)
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

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

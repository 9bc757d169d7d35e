using System.Globalization;
using System.Text.Json;
using Chujing.Domain.Catalog;
using Chujing.Domain.Diagnostics;
using Chujing.Domain.Text;

namespace Chujing.Domain.Assessment;

/// <summary>
/// Reads an export activity from JSON strictly: unknown properties, wrong types, negative or fractional counts and
/// unknown exemptions are diagnostics that name the field path (e.g. <c>persons.personal</c>) and suggest the
/// nearest spelling. Truncated or malformed JSON is reported with its line and column.
/// </summary>
public static partial class ActivityReader
{
    private static readonly string[] RootProperties =
    [
        "processor", "list", "scenario", "exemption", "importantData", "persons", "fields", "exceptions",
        "dataSubjects", "collectedAbroad", "domesticDataAdded", "contractType", "legalBasis",
    ];

    private static readonly string[] ProcessorProperties = ["ciio", "freeTradeZone", "listApproved", "autonomousDriving", "personsHandled"];
    private static readonly string[] PersonsProperties = ["personal", "sensitive"];

    /// <summary>Parses <paramref name="json"/>; <paramref name="source"/> names it in diagnostics (a path or <c>stdin</c>).</summary>
    public static Result<ExportActivity> Read(ReadOnlyMemory<byte> json, string source)
    {
        // A UTF-8 byte order mark is what some editors write; it is not part of the JSON.
        if (json.Span.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }

        // Checked before parsing: the parser reads strings lazily and would fail on a bad byte only when one is used.
        if (Utf8Text.Validate(json.Span, source) is { } notUtf8)
        {
            return Result<ExportActivity>.Failure(notUtf8);
        }

        if (json.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            return Result<ExportActivity>.Failure(new Diagnostic(source, 0, 0, null, "the activity is empty; expected a JSON object") { Kind = DiagnosticKind.Syntax });
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? -1) + 1;
            var column = (int)(e.BytePositionInLine ?? -1) + 1;
            return Result<ExportActivity>.Failure(new Diagnostic(source, line, column, null, "invalid JSON: " + Describe(e)) { Kind = DiagnosticKind.Syntax });
        }

        using (document)
        {
            var errors = new List<Diagnostic>();
            var activity = ReadRoot(document.RootElement, source, errors);
            return errors.Count > 0 || activity is null
                ? Result<ExportActivity>.Failure(errors.Count > 0 ? errors : [Diagnostic.ForField(DiagnosticKind.Type, source, "$", "not a valid activity")])
                : Result<ExportActivity>.Success(activity);
        }
    }

    /// <summary>The parser's message in the words of someone who wrote the file, not of the parser.</summary>
    private static string Describe(JsonException e)
    {
        var message = JsonErrorText.Tidy(e.Message).Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0].TrimEnd('.');
        if (message.Contains("isFinalBlock", StringComparison.Ordinal) || message.Contains("end of data", StringComparison.OrdinalIgnoreCase))
        {
            return "the document ends too early (truncated?)";
        }

        if (message.Contains("maximum configured depth", StringComparison.Ordinal))
        {
            return "nested too deeply (an activity is at most a few levels deep)";
        }

        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private static ExportActivity? ReadRoot(JsonElement root, string source, List<Diagnostic> errors)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add(Diagnostic.ForField(DiagnosticKind.Type, source, "$", $"an activity is a JSON object, not {Describe(root)}"));
            return null;
        }

        var typos = new HashSet<string>(StringComparer.Ordinal);
        CheckProperties(root, string.Empty, RootProperties, source, errors, typos);
        var processor = ReadProcessor(root, source, errors, typos, out var ciioUnknown);
        var importantData = KnowableBool(root, "importantData", "importantData", source, errors, typos, out var importantUnknown);
        var persons = ReadPersons(root, source, errors, typos);
        var list = OptionalString(root, "list", "list", source, errors);
        var scenario = OptionalString(root, "scenario", "scenario", source, errors);
        Exemption? exemption = null;
        if (OptionalString(root, "exemption", "exemption", source, errors) is { } exemptionText)
        {
            if (ExemptionNames.TryParse(exemptionText, out var parsed))
            {
                exemption = parsed;
            }
            else
            {
                errors.Add(Diagnostic.ForField(DiagnosticKind.Reference, source, "exemption",
                    $"unknown exemption '{exemptionText}'; known: {string.Join(", ", ExemptionNames.All)}",
                    Suggestions.Phrase(exemptionText, ExemptionNames.All)));
            }
        }

        var fields = StringArray(root, "fields", source, errors);
        var exceptions = StringArray(root, "exceptions", source, errors);
        if (scenario is not null && list is null)
        {
            errors.Add(Diagnostic.ForField(source, "scenario", "a scenario belongs to a list: give 'list' too"));
        }

        var facts = ReadFacts(root, source, errors);
        if (errors.Count > 0 || processor is null || importantData is null || persons is null)
        {
            return null;
        }

        return new ExportActivity(processor, list, scenario, exemption, importantData.Value, persons, fields, exceptions)
        {
            Facts = facts,
            Unknown = (ciioUnknown ? UnknownFacts.Ciio : UnknownFacts.None) | (importantUnknown ? UnknownFacts.ImportantData : UnknownFacts.None),
        };
    }

    private static ProcessorProfile? ReadProcessor(JsonElement root, string source, List<Diagnostic> errors, HashSet<string> typos, out bool ciioUnknown)
    {
        ciioUnknown = false;
        if (!root.TryGetProperty("processor", out var processor))
        {
            if (!typos.Contains("processor"))
            {
                errors.Add(Diagnostic.ForField(DiagnosticKind.Required, source, "processor", "is required (an object with at least 'ciio')"));
            }

            return null;
        }

        if (processor.ValueKind != JsonValueKind.Object)
        {
            errors.Add(Diagnostic.ForField(DiagnosticKind.Type, source, "processor", $"must be an object, not {Describe(processor)}"));
            return null;
        }

        CheckProperties(processor, "processor.", ProcessorProperties, source, errors, typos);
        var ciio = KnowableBool(processor, "ciio", "processor.ciio", source, errors, typos, out ciioUnknown);
        var zone = OptionalString(processor, "freeTradeZone", "processor.freeTradeZone", source, errors);
        var approved = OptionalBool(processor, "listApproved", "processor.listApproved", source, errors) ?? false;
        var autonomous = OptionalBool(processor, "autonomousDriving", "processor.autonomousDriving", source, errors) ?? false;
        long? handled = processor.TryGetProperty("personsHandled", out var handledValue) && handledValue.ValueKind != JsonValueKind.Null
            ? WholeNumber(handledValue, "processor.personsHandled", source, errors)
            : null;
        return ciio is null ? null : new ProcessorProfile(ciio.Value, zone, approved, autonomous) { PersonsHandled = handled };
    }

    private static PersonCounts? ReadPersons(JsonElement root, string source, List<Diagnostic> errors, HashSet<string> typos)
    {
        if (!root.TryGetProperty("persons", out var persons))
        {
            if (!typos.Contains("persons"))
            {
                errors.Add(Diagnostic.ForField(DiagnosticKind.Required, source, "persons", "is required: {\"personal\": n, \"sensitive\": n}"));
            }

            return null;
        }

        if (persons.ValueKind != JsonValueKind.Object)
        {
            errors.Add(Diagnostic.ForField(DiagnosticKind.Type, source, "persons", $"must be an object, not {Describe(persons)}"));
            return null;
        }

        CheckProperties(persons, "persons.", PersonsProperties, source, errors, typos);
        var personal = Count(persons, "personal", source, errors, typos);
        var sensitive = Count(persons, "sensitive", source, errors, typos);
        return personal is null || sensitive is null ? null : new PersonCounts(personal.Value, sensitive.Value);
    }

    private static long? Count(JsonElement persons, string name, string source, List<Diagnostic> errors, HashSet<string> typos)
    {
        var path = "persons." + name;
        if (!persons.TryGetProperty(name, out var value))
        {
            if (!typos.Contains(path))
            {
                errors.Add(Diagnostic.ForField(DiagnosticKind.Required, source, path, "is required (a whole number of persons ≥ 0)"));
            }

            return null;
        }

        return WholeNumber(value, path, source, errors);
    }

    /// <summary>A whole number of persons, ≥ 0 and at most the world's population.</summary>
    private static long? WholeNumber(JsonElement value, string path, string source, List<Diagnostic> errors)
    {
        if (value.ValueKind != JsonValueKind.Number)
        {
            errors.Add(Diagnostic.ForField(DiagnosticKind.Type, source, path, $"must be a whole number ≥ 0, not {Describe(value)}"));
            return null;
        }

        if (!value.TryGetDecimal(out var number))
        {
            errors.Add(Diagnostic.ForField(source, path, $"{value.GetRawText()} is out of range"));
            return null;
        }

        if (number != decimal.Truncate(number))
        {
            errors.Add(Diagnostic.ForField(source, path, $"must be a whole number of persons, not {number.ToString(CultureInfo.InvariantCulture)}"));
            return null;
        }

        if (number < 0)
        {
            errors.Add(Diagnostic.ForField(source, path, $"must be ≥ 0, not {number.ToString(CultureInfo.InvariantCulture)}"));
            return null;
        }

        if (number > 10_000_000_000m)
        {
            errors.Add(Diagnostic.ForField(source, path, $"{number.ToString(CultureInfo.InvariantCulture)} persons is more than there are people"));
            return null;
        }

        return (long)number;
    }

    /// <summary>
    /// Reports duplicate and unknown properties. A misspelt required property is reported once, as the typo with its
    /// suggestion: <paramref name="typos"/> collects the paths the suggestions stand for, and the "is required"
    /// checks stay silent for them.
    /// </summary>
    private static void CheckProperties(JsonElement element, string prefix, IReadOnlyList<string> known, string source, List<Diagnostic> errors, HashSet<string> typos)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                errors.Add(Diagnostic.ForField(DiagnosticKind.DuplicateMember, source, prefix + property.Name, "is given twice"));
            }
            else if (!known.Contains(property.Name))
            {
                var nearest = Suggestions.Nearest(property.Name, known);
                if (nearest.Count > 0 && !element.TryGetProperty(nearest[0], out _))
                {
                    typos.Add(prefix + nearest[0]);
                }

                errors.Add(Diagnostic.ForField(DiagnosticKind.UnknownMember, source, prefix + property.Name, "unknown property", Suggestions.Phrase(property.Name, known)));
            }
        }
    }
}

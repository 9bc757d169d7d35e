using System.Globalization;
using System.Text.Json;
using Chujing.Domain.Assessment;
using Chujing.Domain.Catalog;
using Chujing.Domain.Consistency;
using Chujing.Domain.Diagnostics;
using Chujing.Domain.Filings;

namespace Chujing.Cli.Check;

/// <summary>
/// Reads a filing as <c>GET /api/filings/{id}</c> returns it (with its <c>statusHistory</c>), and the year's counts
/// as <c>GET /api/counters</c> returns them, into what the consistency check takes. Every problem names the file and field.
/// </summary>
internal static class FilingDocument
{
    public static (CheckedFiling Filing, YearCounts? Counts) Read(byte[] json, string source, CatalogSet catalogs)
    {
        using var document = Parse(json, source);
        var root = document.RootElement;
        var problems = new List<Diagnostic>();
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidInputException(new Diagnostic(source, 0, 0, null, "a filing must be a JSON object, as GET /api/filings/{id} returns it"));
        }

        var id = Text(root, "id", source, problems);
        var processor = Text(root, "processor", source, problems);
        var listEdition = Text(root, "listEdition", source, problems);
        var fields = Strings(root, "fields", source, problems);
        var recipients = new List<FilingRecipient>();
        if (root.TryGetProperty("recipients", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var r in list.EnumerateArray())
            {
                recipients.Add(new FilingRecipient(
                    Text(r, "name", source, problems, $"recipients[{i}].") ?? string.Empty,
                    Text(r, "country", source, problems, $"recipients[{i}].") ?? string.Empty));
                i++;
            }
        }

        var persons = root.TryGetProperty("persons", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
        var content = FilingContent.Create(
            listEdition,
            Text(root, "scenario", source, problems),
            fields,
            recipients,
            Text(root, "purpose", source, problems),
            root.TryGetProperty("importantData", out var important) && important.ValueKind == JsonValueKind.True,
            Whole(persons, "personal", source, problems, "persons."),
            Whole(persons, "sensitive", source, problems, "persons."),
            (int)Math.Clamp(Whole(root, "retentionMonths", source, problems), 0, int.MaxValue),
            Text(root, "securityMeasures", source, problems),
            Date(root, "validFrom", source, problems),
            Date(root, "validUntil", source, problems));
        var history = History(root, source, problems);
        if (!content.IsSuccess)
        {
            // A field already reported as missing or of the wrong type is not reported again by the filing's own rules
            // (a missing listEdition is one problem, not also "the list edition is required").
            var reported = problems.Select(d => d.Subject).ToHashSet(StringComparer.Ordinal);
            problems.AddRange(content.Diagnostics.Where(d => d.Subject is null || !reported.Contains(d.Subject)).Select(d => d with { Source = source }));
        }

        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems);
        }

        Pathway? pathway = root.TryGetProperty("pathway", out var pw) && PathwayNames.TryParse(pw.GetString(), out var parsed) ? parsed : null;

        // Offline the processor's profile is what an approved list filing implies: registered in the list's zone and
        // approved to use it (unless the filing says otherwise: an approval is of one edition); not a CIIO (a CIIO
        // cannot use a list).
        var zone = catalogs.Find(content.Value.ListEdition)?.Applicability?.Zone;
        var listApproved = !root.TryGetProperty("listApproved", out var approved) || approved.ValueKind != JsonValueKind.False;
        var filing = new CheckedFiling(id!, processor!, content.Value, pathway, history, new ProcessorProfile(false, zone, listApproved, false));
        var counts = root.TryGetProperty("counters", out var carried) ? Counts(carried, processor!, source, "counters") : null;
        return (filing, counts);
    }

    /// <summary>The processor's counts from <c>GET /api/counters</c> output (an array) or one such object.</summary>
    public static YearCounts? ReadCounters(byte[] json, string source, string processor)
    {
        using var document = Parse(json, source);
        return Counts(document.RootElement, processor, source, null);
    }

    private static YearCounts? Counts(JsonElement element, string processor, string source, string? path)
    {
        var candidates = element.ValueKind == JsonValueKind.Array ? [.. element.EnumerateArray()] : new[] { element };
        foreach (var c in candidates)
        {
            if (c.ValueKind == JsonValueKind.Object && (!c.TryGetProperty("processor", out var owner) || owner.GetString() == processor))
            {
                var problems = new List<Diagnostic>();
                var year = Whole(c, "year", source, problems, path is null ? string.Empty : path + ".");
                var personal = Whole(c, "personal", source, problems, path is null ? string.Empty : path + ".");
                var sensitive = Whole(c, "sensitive", source, problems, path is null ? string.Empty : path + ".");
                return problems.Count > 0 ? throw new InvalidInputException(problems) : new YearCounts((int)year, personal, sensitive);
            }
        }

        throw new InvalidInputException(new Diagnostic(source, 0, 0, path ?? "processor", $"no counts for processor {processor}"));
    }

    private static List<FilingStatusChange> History(JsonElement root, string source, List<Diagnostic> problems)
    {
        var history = new List<FilingStatusChange>();
        if (root.TryGetProperty("statusHistory", out var entries) && entries.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var entry in entries.EnumerateArray())
            {
                var at = Text(entry, "at", source, problems, $"statusHistory[{i}].");
                var status = Text(entry, "status", source, problems, $"statusHistory[{i}].");
                if (at is not null && status is not null)
                {
                    if (!DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.None, out var when))
                    {
                        problems.Add(Diagnostic.ForField(source, $"statusHistory[{i}].at", $"'{at}' is not a date-time"));
                    }
                    else if (!FilingNames.TryParse<FilingStatus>(status, out var s))
                    {
                        problems.Add(Diagnostic.ForField(source, $"statusHistory[{i}].status", $"'{status}' is not a filing status"));
                    }
                    else
                    {
                        history.Add(new FilingStatusChange(when, s));
                    }
                }

                i++;
            }

            return history;
        }

        // A filing written before its history was kept: its current status, from its last decision on.
        var current = Text(root, "status", source, problems);
        var since = root.TryGetProperty("decidedAt", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString()
            : root.TryGetProperty("updatedAt", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
        if (current is not null && FilingNames.TryParse<FilingStatus>(current, out var now) && since is not null
            && DateTimeOffset.TryParse(since, CultureInfo.InvariantCulture, DateTimeStyles.None, out var from))
        {
            history.Add(new FilingStatusChange(from, now));
        }
        else if (current is not null)
        {
            problems.Add(Diagnostic.ForField(source, "statusHistory", "the filing has no statusHistory, nor a status with decidedAt or updatedAt; fetch it with GET /api/filings/{id}"));
        }

        return history;
    }

    internal static JsonDocument Parse(byte[] json, string source)
    {
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException e)
        {
            throw new InvalidInputException(new Diagnostic(source, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, null, "not valid JSON"));
        }
    }

    internal static string? Text(JsonElement element, string name, string source, List<Diagnostic> problems, string prefix = "")
    {
        if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        problems.Add(Diagnostic.ForField(source, prefix + name, "is required (a string)"));
        return null;
    }

    internal static List<string> Strings(JsonElement root, string name, string source, List<Diagnostic> problems)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
        {
            problems.Add(Diagnostic.ForField(source, name, "must be an array of strings"));
            return [];
        }

        return [.. value.EnumerateArray().Select(v => v.GetString()!)];
    }

    internal static long Whole(JsonElement element, string name, string source, List<Diagnostic> problems, string prefix = "")
    {
        if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n) && n >= 0)
        {
            return n;
        }

        problems.Add(Diagnostic.ForField(source, prefix + name, "is required (a whole number ≥ 0)"));
        return 0;
    }

    internal static DateOnly Date(JsonElement root, string name, string source, List<Diagnostic> problems)
    {
        if (root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add(Diagnostic.ForField(source, name, "is required (YYYY-MM-DD)"));
        return DateOnly.MinValue;
    }
}

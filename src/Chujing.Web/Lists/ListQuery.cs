using System.Globalization;
using Chujing.Domain.Calendar;
using Chujing.Domain.Catalog;
using Chujing.Domain.Diagnostics;
using Chujing.Domain.Filings;
using Chujing.Domain.Identifiers;

namespace Chujing.Web.Lists;

/// <summary>
/// The filters of a list (filings, evidence records, audit log, statistics) as query-string parameters, read the
/// same way by the page and by its export, so that an export holds exactly the rows the page shows (all pages of
/// them). Every filter only narrows: the caller's tenant scope is applied first and always.
/// </summary>
/// <param name="Text"><c>q</c>: a search text (at most <see cref="MaxText"/> characters), matched as a substring.</param>
/// <param name="Status"><c>status</c>: a filing status (filings).</param>
/// <param name="Processor"><c>processor</c>: a processor's USCC (officials).</param>
/// <param name="ZoneGroup"><c>zone</c>: a zone group id (the city).</param>
/// <param name="Pathway"><c>pathway</c>: the decided pathway (filings).</param>
/// <param name="From"><c>from</c>: the first day, Beijing time, inclusive.</param>
/// <param name="To"><c>to</c>: the last day, Beijing time, inclusive.</param>
/// <param name="Entity"><c>entity</c>: the audit log's entity kind (audit).</param>
/// <param name="Filing"><c>filing</c>: one filing's id (evidence records).</param>
/// <param name="EntityId"><c>entityId</c>: one entity's id, e.g. a filing's (audit).</param>
public sealed record ListQuery(
    string? Text = null,
    FilingStatus? Status = null,
    string? Processor = null,
    string? ZoneGroup = null,
    Pathway? Pathway = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Entity = null,
    string? Filing = null,
    string? EntityId = null)
{
    /// <summary>The longest search text.</summary>
    public const int MaxText = 100;

    /// <summary>The longest filing id or entity kind accepted as a filter.</summary>
    public const int MaxIdentifier = 64;

    /// <summary>The longest span of days one date range may cover (ten years).</summary>
    public const int MaxDays = 3660;

    /// <summary>The query-string parameters, in the order links write them.</summary>
    public static IReadOnlyList<string> Parameters { get; } = ["q", "status", "processor", "zone", "pathway", "from", "to", "entity", "filing", "entityId"];

    /// <summary>The first instant of the range (UTC), or null when open.</summary>
    public DateTimeOffset? Start => From is { } from ? new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), RegulatoryCalendar.Offset).ToUniversalTime() : null;

    /// <summary>The first instant after the range (UTC), or null when open.</summary>
    public DateTimeOffset? End => To is { } to ? new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), RegulatoryCalendar.Offset).ToUniversalTime() : null;

    /// <summary>True when no filter is set.</summary>
    public bool IsEmpty => this == new ListQuery();

    /// <summary>
    /// Reads the filters from <paramref name="value"/> (a query-string lookup); every bad one is reported at once,
    /// naming its parameter. Blank values are no filter.
    /// </summary>
    public static Result<ListQuery> Parse(Func<string, string?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var problems = new List<Diagnostic>();
        string? Get(string name) => value(name) is { } v && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

        var text = Get("q");
        if (text is not null && text.Length > MaxText)
        {
            problems.Add(Bad("q", string.Create(CultureInfo.InvariantCulture, $"must be at most {MaxText:N0} characters (it has {text.Length:N0})"), DiagnosticKind.Rule));
        }

        FilingStatus? status = null;
        if (Get("status") is { } s)
        {
            if (FilingNames.TryParse<FilingStatus>(s, out var parsed))
            {
                status = parsed;
            }
            else
            {
                problems.Add(Bad("status", $"'{Clip(s)}' is not a filing status", DiagnosticKind.Reference, string.Join(", ", Enum.GetValues<FilingStatus>().Select(FilingNames.Of))));
            }
        }

        var processor = Get("processor");
        if (processor is not null && (processor.Length > 18 || Uscc.Validate(processor, "processor") is not null))
        {
            problems.Add(Bad("processor", $"'{Clip(processor)}' is not a unified social credit code (18 characters with a valid check character)", DiagnosticKind.Syntax));
        }

        var zone = Get("zone");
        if (zone is not null && !Persistence.Processors.ZoneGroup.Beijing.Any(z => z.Id == zone))
        {
            problems.Add(Bad("zone", $"'{Clip(zone)}' is not a zone group", DiagnosticKind.Reference, string.Join(", ", Persistence.Processors.ZoneGroup.Beijing.Select(z => z.Id))));
        }

        Pathway? pathway = null;
        if (Get("pathway") is { } p)
        {
            if (PathwayNames.TryParse(p, out var parsed))
            {
                pathway = parsed;
            }
            else
            {
                problems.Add(Bad("pathway", $"'{Clip(p)}' is not a pathway", DiagnosticKind.Reference, string.Join(", ", PathwayNames.All)));
            }
        }

        var from = Day(Get("from"), "from", problems);
        var to = Day(Get("to"), "to", problems);
        if (from is { } f && to is { } t)
        {
            if (t < f)
            {
                problems.Add(Bad("to", "must not be before from", DiagnosticKind.Rule));
            }
            else if (t.DayNumber - f.DayNumber > MaxDays)
            {
                problems.Add(Bad("to", string.Create(CultureInfo.InvariantCulture, $"a date range covers at most {MaxDays:N0} days"), DiagnosticKind.Rule));
            }
        }

        var entity = Identifier(Get("entity"), "entity", problems);
        if (Audit.AuditLabels.CheckEntity(entity) is { } badEntity)
        {
            problems.Add(badEntity);
            entity = null;
        }

        var filing = Identifier(Get("filing"), "filing", problems);
        var entityId = Identifier(Get("entityId"), "entityId", problems);
        return problems.Count > 0
            ? Result<ListQuery>.Failure(problems)
            : new ListQuery(text, status, processor, zone, pathway, from, to, entity, filing, entityId);
    }

    /// <summary>This query as query-string parameters (<c>q=…&amp;from=…</c>), without a leading <c>?</c>; empty when no filter is set.</summary>
    public string ToQueryString()
    {
        var parts = new List<string>();
        void Add(string name, string? v)
        {
            if (v is not null)
            {
                parts.Add(name + "=" + Uri.EscapeDataString(v));
            }
        }

        Add("q", Text);
        Add("status", Status is { } s ? FilingNames.Of(s) : null);
        Add("processor", Processor);
        Add("zone", ZoneGroup);
        Add("pathway", Pathway?.ToName());
        Add("from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("entity", Entity);
        Add("filing", Filing);
        Add("entityId", EntityId);
        return string.Join("&", parts);
    }

    private static DateOnly? Day(string? text, string name, List<Diagnostic> problems)
    {
        if (text is null)
        {
            return null;
        }

        if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year >= 2000)
        {
            return day;
        }

        problems.Add(Bad(name, $"'{Clip(text)}' is not a date written YYYY-MM-DD", DiagnosticKind.Syntax));
        return null;
    }

    private static string? Identifier(string? text, string name, List<Diagnostic> problems)
    {
        if (text is not null && text.Length > MaxIdentifier)
        {
            problems.Add(Bad(name, string.Create(CultureInfo.InvariantCulture, $"must be at most {MaxIdentifier:N0} characters (it has {text.Length:N0})"), DiagnosticKind.Rule));
            return null;
        }

        return text;
    }

    // A bad value is quoted back, but never at any length.
    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static Diagnostic Bad(string parameter, string message, DiagnosticKind kind, string? suggestion = null) =>
        Diagnostic.ForField(kind, null, parameter, message, suggestion);
}

using Chujing.Domain.Assessment;
using Chujing.Domain.Calendar;
using Chujing.Domain.Catalog;
using Chujing.Domain.Diagnostics;

namespace Chujing.Web.Assessment;

/// <summary>
/// The assessment engine over the loaded catalogs, typed end to end: an activity in, a <see cref="Decision"/> (or the
/// diagnostics that prevent one) out. The engine decides with the national rules in force on a day, so one engine is
/// compiled per Beijing calendar day and catalog set (the shipped editions and those published in the platform) and
/// swapped atomically when either changes. Thread-safe.
/// </summary>
public sealed class Assessor
{
    private readonly Func<DateOnly, CatalogSet>? _catalogsOn;
    private readonly TimeProvider _time;
    private DayEngine? _current;

    /// <summary>An assessor over one fixed catalog set; null: none installed.</summary>
    public Assessor(CatalogSet? catalogs, TimeProvider time)
        : this(catalogs is null ? null : _ => catalogs, time)
    {
    }

    /// <summary>An assessor over the catalogs in force on each day (<paramref name="catalogsOn"/>); null: none installed.</summary>
    public Assessor(Func<DateOnly, CatalogSet>? catalogsOn, TimeProvider time)
    {
        _catalogsOn = catalogsOn;
        _time = time;
    }

    /// <summary>False when no catalog is installed: filings then carry no decision and <c>/api/assess</c> answers 503.</summary>
    public bool IsAvailable => _catalogsOn is not null;

    /// <summary>Today's engine; <see cref="EnvironmentFailureException"/> when none is installed.</summary>
    public AssessmentEngine Engine
    {
        get
        {
            if (_catalogsOn is null)
            {
                throw new EnvironmentFailureException("the assessment engine is not installed in this build (no catalogs)", isTransient: false);
            }

            var today = RegulatoryCalendar.Today(_time);
            var current = Volatile.Read(ref _current);
            var catalogs = _catalogsOn(today);
            if (current is null || current.Day != today || !ReferenceEquals(current.Catalogs, catalogs))
            {
                current = new DayEngine(today, catalogs, new AssessmentEngine(catalogs, today));
                Volatile.Write(ref _current, current);
            }

            return current.Engine;
        }
    }

    /// <summary>Decides <paramref name="activity"/>; unknown ids come back as diagnostics with suggestions.</summary>
    public Result<Decision> Assess(ExportActivity activity, string? source = null) => Engine.Assess(activity, source);

    /// <summary>
    /// Reads <paramref name="activityJson"/> (the input of <c>chujing assess</c>) with the engine's strict reader and
    /// decides it. For the HTTP edge only; everything inside the platform passes an <see cref="ExportActivity"/>.
    /// </summary>
    public Result<Decision> Assess(ReadOnlyMemory<byte> activityJson, string source)
    {
        var engine = Engine;
        var activity = ActivityReader.Read(activityJson, source);
        return activity.IsSuccess ? engine.Assess(activity.Value, source) : Result<Decision>.Failure(activity.Diagnostics);
    }

    /// <summary>
    /// As <see cref="Assess(ReadOnlyMemory{byte}, string)"/>, under the rules in force on <paramref name="asOf"/>
    /// (YYYY-MM-DD; null: today), on catalog entries of at least <paramref name="minConfidence"/>, and with
    /// <paramref name="compare"/> the comparisons; a bad <c>asOf</c> or <c>minConfidence</c> is a diagnostic with that subject.
    /// </summary>
    public Result<Decision> Assess(ReadOnlyMemory<byte> activityJson, string source, string? asOf, string? minConfidence, bool compare)
    {
        var engine = Engine;
        var today = RegulatoryCalendar.Today(_time);
        var catalogs = _catalogsOn!(today);
        var options = AssessOptions.Parse(asOf, minConfidence, compare, today, catalogs, "asOf", "minConfidence");
        if (!options.IsSuccess)
        {
            // A bad query parameter is a request the endpoint cannot read (400), like a body of the wrong JSON type.
            return Result<Decision>.Failure([.. options.Diagnostics.Select(d => d with { Kind = DiagnosticKind.Syntax })]);
        }

        var activity = ActivityReader.Read(activityJson, source);
        if (!activity.IsSuccess)
        {
            return Result<Decision>.Failure(activity.Diagnostics);
        }

        if (options.Value.AsOf != today)
        {
            engine = new AssessmentEngine(catalogs, options.Value.AsOf);
        }

        var result = engine.Assess(activity.Value, source, options.Value.MinConfidence);
        return !result.IsSuccess || !compare
            ? result
            : Result<Decision>.Success(result.Value with { Comparisons = engine.Compare(activity.Value, options.Value.MinConfidence) });
    }

    private sealed record DayEngine(DateOnly Day, CatalogSet Catalogs, AssessmentEngine Engine);
}

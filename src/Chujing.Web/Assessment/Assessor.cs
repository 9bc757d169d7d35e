using Chujing.Domain.Assessment;
using Chujing.Domain.Calendar;
using Chujing.Domain.Catalog;
using Chujing.Domain.Diagnostics;

namespace Chujing.Web.Assessment;

/// <summary>
/// The assessment engine over the loaded catalogs, typed end to end: an activity in, a <see cref="Decision"/> (or the
/// diagnostics that prevent one) out. The engine decides with the national rules in force on a day, so one engine is
/// compiled per Beijing calendar day and swapped atomically when the day changes. Thread-safe.
/// </summary>
public sealed class Assessor(CatalogSet? catalogs, TimeProvider time)
{
    private DayEngine? _current;

    /// <summary>False when no catalog is installed: filings then carry no decision and <c>/api/assess</c> answers 503.</summary>
    public bool IsAvailable => catalogs is not null;

    /// <summary>Today's engine; <see cref="EnvironmentFailureException"/> when none is installed.</summary>
    public AssessmentEngine Engine
    {
        get
        {
            if (catalogs is null)
            {
                throw new EnvironmentFailureException("the assessment engine is not installed in this build (no catalogs)", isTransient: false);
            }

            var today = RegulatoryCalendar.Today(time);
            var current = Volatile.Read(ref _current);
            if (current is null || current.Day != today)
            {
                current = new DayEngine(today, new AssessmentEngine(catalogs, today));
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

    private sealed record DayEngine(DateOnly Day, AssessmentEngine Engine);
}

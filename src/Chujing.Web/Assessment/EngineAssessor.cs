using System.Text.Json;
using Chujing.Domain.Assessment;
using Chujing.Domain.Catalog;

namespace Chujing.Web.Assessment;

/// <summary>
/// The assessment engine over the loaded catalogs. The engine decides with the national rules in force on a day, so
/// one engine is compiled per Beijing calendar day and swapped atomically when the day changes. Thread-safe.
/// </summary>
internal sealed class EngineAssessor(CatalogSet catalogs, TimeProvider time) : IActivityAssessor
{
    private const string Source = "body";
    private DayEngine? _current;

    public bool IsAvailable => true;

    public AssessmentOutcome Assess(ReadOnlyMemory<byte> activityJson)
    {
        var activity = ActivityReader.Read(activityJson, Source);
        if (!activity.IsSuccess)
        {
            return new AssessmentOutcome(null, null, activity.Diagnostics);
        }

        var result = Engine().Assess(activity.Value, Source);
        if (!result.IsSuccess)
        {
            return new AssessmentOutcome(null, null, result.Diagnostics);
        }

        return new AssessmentOutcome(JsonSerializer.Serialize(result.Value, AssessmentJson.Options), result.Value.Pathway.ToName(), []);
    }

    private AssessmentEngine Engine()
    {
        var today = BeijingClock.Today(time);
        var current = Volatile.Read(ref _current);
        if (current is null || current.Day != today)
        {
            current = new DayEngine(today, new AssessmentEngine(catalogs, today));
            Volatile.Write(ref _current, current);
        }

        return current.Engine;
    }

    private sealed record DayEngine(DateOnly Day, AssessmentEngine Engine);
}

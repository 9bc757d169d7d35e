using System.Text.Json;
using Chujing.Domain.Assessment;
using Chujing.Domain.Catalog;

namespace Chujing.Web.Assessment;

/// <summary>
/// The assessment engine over the catalogs in force (<paramref name="catalogsOn"/>: the shipped editions and those
/// published in the platform, by day). The engine decides with the national rules in force on a day, so one engine is
/// compiled per Beijing calendar day and catalog set, and swapped atomically when either changes. Thread-safe.
/// </summary>
internal sealed class EngineAssessor(Func<DateOnly, CatalogSet> catalogsOn, TimeProvider time) : IActivityAssessor
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
        var catalogs = catalogsOn(today);
        if (current is null || current.Day != today || !ReferenceEquals(current.Catalogs, catalogs))
        {
            current = new DayEngine(today, catalogs, new AssessmentEngine(catalogs, today));
            Volatile.Write(ref _current, current);
        }

        return current.Engine;
    }

    private sealed record DayEngine(DateOnly Day, CatalogSet Catalogs, AssessmentEngine Engine);
}

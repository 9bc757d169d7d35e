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

    public AssessmentOutcome Assess(ReadOnlyMemory<byte> activityJson, string? asOf, string? minConfidence, bool compare)
    {
        var today = BeijingClock.Today(time);
        var options = AssessOptions.Parse(asOf, minConfidence, compare, today, catalogs, "asOf", "minConfidence");
        if (!options.IsSuccess)
        {
            return new AssessmentOutcome(null, null, options.Diagnostics);
        }

        var activity = ActivityReader.Read(activityJson, Source);
        if (!activity.IsSuccess)
        {
            return new AssessmentOutcome(null, null, activity.Diagnostics);
        }

        var engine = options.Value.AsOf == today ? Engine() : new AssessmentEngine(catalogs, options.Value.AsOf);
        var result = engine.Assess(activity.Value, Source, options.Value.MinConfidence);
        if (!result.IsSuccess)
        {
            return new AssessmentOutcome(null, null, result.Diagnostics);
        }

        var decision = compare ? result.Value with { Comparisons = engine.Compare(activity.Value, options.Value.MinConfidence) } : result.Value;
        return new AssessmentOutcome(JsonSerializer.Serialize(decision, AssessmentJson.Options), decision.Pathway.ToName(), []);
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

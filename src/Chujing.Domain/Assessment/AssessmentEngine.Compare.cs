using Chujing.Domain.Catalog;

namespace Chujing.Domain.Assessment;

/// <summary>
/// The same activity under the national rules alone and under each list edition that could apply: the edition the
/// activity names, and every edition in force for the processor's zone.
/// </summary>
public sealed partial class AssessmentEngine
{
    /// <summary>The comparisons for <paramref name="activity"/>, national rules first, then list editions by id.</summary>
    public IReadOnlyList<Comparison> Compare(ExportActivity activity, Confidence minConfidence = Confidence.Unverified)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var comparisons = new List<Comparison>();
        var national = activity with { List = null, Scenario = null, Fields = [], Exceptions = [] };
        Add(_national.Edition.Id, national, []);
        foreach (var list in _lists.Values.OrderBy(l => l.Edition.Id, StringComparer.Ordinal))
        {
            var named = string.Equals(activity.List, list.Edition.Id, StringComparison.Ordinal);
            if (!named && (!list.InForce || !list.IsZone(activity.Processor.FreeTradeZone)))
            {
                continue;
            }

            // The activity's scenario, fields and exceptions as this edition knows them; the rest is left out.
            var leftOut = new List<string>();
            var scenario = activity.Scenario is { } s && list.FindScenario(s) is null ? null : activity.Scenario;
            if (activity.Scenario is not null && scenario is null)
            {
                leftOut.Add("scenario:" + activity.Scenario);
            }

            var compiledScenario = scenario is null ? null : list.FindScenario(scenario);
            var fields = activity.Fields.Where(f => list.FindField(compiledScenario, f) is not null).ToArray();
            leftOut.AddRange(activity.Fields.Except(fields, StringComparer.Ordinal).Select(f => "field:" + f));
            var exceptions = activity.Exceptions.Where(e => list.FindException(e) is not null).ToArray();
            leftOut.AddRange(activity.Exceptions.Except(exceptions, StringComparer.Ordinal).Select(e => "exception:" + e));
            Add(list.Edition.Id, activity with { List = list.Edition.Id, Scenario = scenario, Fields = fields, Exceptions = exceptions }, leftOut);
        }

        return comparisons;

        void Add(string edition, ExportActivity a, IReadOnlyList<string> leftOut)
        {
            var result = Assess(a, "compare", minConfidence);
            if (result.IsSuccess)
            {
                comparisons.Add(new Comparison(edition, result.Value.Pathway, result.Value.Basis) { Confidence = result.Value.Confidence, LeftOut = leftOut });
            }
        }
    }
}

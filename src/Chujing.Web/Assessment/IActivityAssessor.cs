namespace Chujing.Web.Assessment;

/// <summary>
/// Runs the assessment engine on an export activity in the JSON form of <c>chujing assess</c>, and returns exactly
/// what <c>chujing assess --json</c> prints. Thread-safe.
/// </summary>
public interface IActivityAssessor
{
    /// <summary>False when no engine or catalog is installed: filings then carry no assessment and <c>/api/assess</c> answers 503.</summary>
    bool IsAvailable { get; }

    /// <summary>Assesses <paramref name="activityJson"/>; bad input comes back as diagnostics naming the field.</summary>
    AssessmentOutcome Assess(ReadOnlyMemory<byte> activityJson);

    /// <summary>
    /// Assesses <paramref name="activityJson"/> under the rules in force on <paramref name="asOf"/> (YYYY-MM-DD; null:
    /// today), on catalog entries of at least <paramref name="minConfidence"/>, and with <paramref name="compare"/>
    /// the comparisons; a bad <c>asOf</c> or <c>minConfidence</c> is a diagnostic with that subject.
    /// </summary>
    AssessmentOutcome Assess(ReadOnlyMemory<byte> activityJson, string? asOf, string? minConfidence, bool compare) =>
        asOf is null && minConfidence is null && !compare ? Assess(activityJson) : throw new NotSupportedException("this assessor decides for today only");

    /// <summary>Assesses <paramref name="activityJson"/> given as text.</summary>
    AssessmentOutcome Assess(string activityJson) => Assess(System.Text.Encoding.UTF8.GetBytes(activityJson));
}

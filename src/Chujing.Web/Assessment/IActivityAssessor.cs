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

    /// <summary>Assesses <paramref name="activityJson"/> given as text.</summary>
    AssessmentOutcome Assess(string activityJson) => Assess(System.Text.Encoding.UTF8.GetBytes(activityJson));
}

using Chujing.Domain.Diagnostics;

namespace Chujing.Web.Assessment;

/// <summary>Stands in when no engine is installed: says so instead of guessing a pathway.</summary>
internal sealed class UnavailableAssessor : IActivityAssessor
{
    public bool IsAvailable => false;

    public AssessmentOutcome Assess(ReadOnlyMemory<byte> activityJson) =>
        throw new EnvironmentFailureException("the assessment engine is not installed in this build", isTransient: false);
}

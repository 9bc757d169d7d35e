using Chujing.Domain.Filings;

namespace Chujing.Domain.Tests.Filings;

public sealed class FilingStateMachineTests
{
    [Fact]
    public void Apply_MainJourney_DraftToApprovedThroughCorrection()
    {
        var status = FilingStatus.Draft;
        status = Step(status, FilingAction.Submit, FilingActor.Processor);
        Assert.Equal(FilingStatus.Submitted, status);
        status = Step(status, FilingAction.StartReview, FilingActor.ZoneOfficer);
        Assert.Equal(FilingStatus.UnderReview, status);
        status = Step(status, FilingAction.ReturnForCorrection, FilingActor.ZoneOfficer, "recipient country missing");
        Assert.Equal(FilingStatus.ReturnedForCorrection, status);
        status = Step(status, FilingAction.Amend, FilingActor.Processor);
        Assert.Equal(FilingStatus.ReturnedForCorrection, status);
        status = Step(status, FilingAction.Submit, FilingActor.Processor);
        status = Step(status, FilingAction.Approve, FilingActor.ZoneOfficer);
        Assert.Equal(FilingStatus.Approved, status);
    }

    [Theory]
    [InlineData(FilingStatus.Draft, FilingAction.Approve)]
    [InlineData(FilingStatus.Approved, FilingAction.Submit)]
    [InlineData(FilingStatus.Rejected, FilingAction.Amend)]
    [InlineData(FilingStatus.Revoked, FilingAction.Approve)]
    [InlineData(FilingStatus.Expired, FilingAction.Amend)]
    [InlineData(FilingStatus.UnderReview, FilingAction.Amend)]
    public void Apply_ActionNotAllowedInState_FailsOnActionField(FilingStatus status, FilingAction action)
    {
        var result = FilingStateMachine.Apply(status, action, FilingActor.ZoneOfficer, "note");
        Assert.False(result.IsSuccess);
        Assert.Equal("action", result.Diagnostics[0].Subject);
    }

    [Fact]
    public void Apply_ProcessorApprovingItsOwnFiling_FailsNamingTheActor()
    {
        var result = FilingStateMachine.Apply(FilingStatus.Submitted, FilingAction.Approve, FilingActor.Processor);
        Assert.False(result.IsSuccess);
        Assert.Contains("zone-officer", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(FilingStatus.UnderReview, FilingAction.ReturnForCorrection)]
    [InlineData(FilingStatus.Submitted, FilingAction.Reject)]
    [InlineData(FilingStatus.Approved, FilingAction.Revoke)]
    public void Apply_DecisionWithoutNote_FailsOnNoteField(FilingStatus status, FilingAction action)
    {
        var result = FilingStateMachine.Apply(status, action, FilingActor.ZoneOfficer, "  ");
        Assert.Equal("note", Assert.Single(result.Diagnostics).Subject);
    }

    [Fact]
    public void Suspension_OfficerSuspendsAndLiftsWithReasons_RevocationAndExpiryStillPossible()
    {
        Assert.Equal(FilingStatus.Suspended, Step(FilingStatus.Approved, FilingAction.Suspend, FilingActor.ZoneOfficer, "escalated finding"));
        Assert.Equal(FilingStatus.Approved, Step(FilingStatus.Suspended, FilingAction.Reinstate, FilingActor.ZoneOfficer, "rectified"));
        Assert.Equal(FilingStatus.Revoked, Step(FilingStatus.Suspended, FilingAction.Revoke, FilingActor.ZoneOfficer, "not rectified"));
        Assert.Equal(FilingStatus.Expired, Step(FilingStatus.Suspended, FilingAction.Expire, FilingActor.System));
        Assert.Equal("note", Assert.Single(FilingStateMachine.Apply(FilingStatus.Approved, FilingAction.Suspend, FilingActor.ZoneOfficer, " ").Diagnostics).Subject);
        Assert.Equal("note", Assert.Single(FilingStateMachine.Apply(FilingStatus.Suspended, FilingAction.Reinstate, FilingActor.ZoneOfficer).Diagnostics).Subject);
        Assert.False(FilingStateMachine.Apply(FilingStatus.Suspended, FilingAction.Reinstate, FilingActor.Processor, "x").IsSuccess);
        Assert.False(FilingStateMachine.Apply(FilingStatus.Draft, FilingAction.Suspend, FilingActor.ZoneOfficer, "x").IsSuccess);
        Assert.False(FilingStateMachine.IsEditable(FilingStatus.Suspended));
        Assert.False(FilingStateMachine.IsTerminal(FilingStatus.Suspended));
    }

    [Fact]
    public void Apply_AmendingApprovedFiling_ReopensItAsDraft() =>
        Assert.Equal(FilingStatus.Draft, FilingStateMachine.Apply(FilingStatus.Approved, FilingAction.Amend, FilingActor.Processor).Value.To);

    [Theory]
    [InlineData(FilingStatus.Rejected, true)]
    [InlineData(FilingStatus.Revoked, true)]
    [InlineData(FilingStatus.Expired, true)]
    [InlineData(FilingStatus.Approved, false)]
    [InlineData(FilingStatus.Draft, false)]
    public void IsTerminal_OnlyForRejectedRevokedExpired(FilingStatus status, bool terminal) =>
        Assert.Equal(terminal, FilingStateMachine.IsTerminal(status));

    [Fact]
    public void Transitions_EveryStateIsReachableFromDraft()
    {
        var reached = new HashSet<FilingStatus> { FilingStatus.Draft };
        var frontier = new Queue<FilingStatus>(reached);
        while (frontier.TryDequeue(out var s))
        {
            foreach (var t in FilingStateMachine.Transitions.Where(t => t.From == s))
            {
                if (reached.Add(t.To))
                {
                    frontier.Enqueue(t.To);
                }
            }
        }

        Assert.Equal(Enum.GetValues<FilingStatus>().Length, reached.Count);
    }

    [Fact]
    public void AllowedActions_SubmittedForOfficer_ListsReviewDecisions() =>
        Assert.Equal(
            [FilingAction.StartReview, FilingAction.Approve, FilingAction.ReturnForCorrection, FilingAction.Reject],
            FilingStateMachine.AllowedActions(FilingStatus.Submitted, FilingActor.ZoneOfficer));

    [Theory]
    [InlineData(FilingStatus.UnderReview, "under-review")]
    [InlineData(FilingStatus.ReturnedForCorrection, "returned-for-correction")]
    public void FilingNames_RoundTrip(FilingStatus status, string name)
    {
        Assert.Equal(name, FilingNames.Of(status));
        Assert.True(FilingNames.TryParse<FilingStatus>(name, out var parsed));
        Assert.Equal(status, parsed);
    }

    [Fact]
    public void FilingExpiry_IsDueOnlyAfterLastValidDay()
    {
        var last = new DateOnly(2026, 12, 31);
        Assert.False(FilingExpiry.IsDue(FilingStatus.Approved, last, last));
        Assert.True(FilingExpiry.IsDue(FilingStatus.Approved, last, last.AddDays(1)));
        Assert.False(FilingExpiry.IsDue(FilingStatus.Draft, last, last.AddDays(1)));
    }

    private static FilingStatus Step(FilingStatus status, FilingAction action, FilingActor actor, string? note = null) =>
        FilingStateMachine.Apply(status, action, actor, note).Value.To;
}

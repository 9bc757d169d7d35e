using System.Collections.Frozen;
using Chujing.Domain.Diagnostics;

namespace Chujing.Domain.Filings;

/// <summary>
/// The life of a filing: draft → submitted → under review → approved / returned for correction / rejected;
/// amendment, suspension, revocation and expiry. Pure and thread-safe; the platform stores the state, this decides the moves.
/// </summary>
public static class FilingStateMachine
{
    /// <summary>Every allowed transition.</summary>
    public static IReadOnlyList<FilingTransition> Transitions { get; } =
    [
        new(FilingStatus.Draft, FilingAction.Amend, FilingStatus.Draft, FilingActor.Processor, false),
        new(FilingStatus.Draft, FilingAction.Submit, FilingStatus.Submitted, FilingActor.Processor, false),
        new(FilingStatus.Submitted, FilingAction.StartReview, FilingStatus.UnderReview, FilingActor.ZoneOfficer, false),

        // An officer may decide straight from the queue; taking it up first is what the queue shows others.
        new(FilingStatus.Submitted, FilingAction.Approve, FilingStatus.Approved, FilingActor.ZoneOfficer, false),
        new(FilingStatus.Submitted, FilingAction.ReturnForCorrection, FilingStatus.ReturnedForCorrection, FilingActor.ZoneOfficer, true),
        new(FilingStatus.Submitted, FilingAction.Reject, FilingStatus.Rejected, FilingActor.ZoneOfficer, true),
        new(FilingStatus.UnderReview, FilingAction.Approve, FilingStatus.Approved, FilingActor.ZoneOfficer, false),
        new(FilingStatus.UnderReview, FilingAction.ReturnForCorrection, FilingStatus.ReturnedForCorrection, FilingActor.ZoneOfficer, true),
        new(FilingStatus.UnderReview, FilingAction.Reject, FilingStatus.Rejected, FilingActor.ZoneOfficer, true),
        new(FilingStatus.ReturnedForCorrection, FilingAction.Amend, FilingStatus.ReturnedForCorrection, FilingActor.Processor, false),
        new(FilingStatus.ReturnedForCorrection, FilingAction.Submit, FilingStatus.Submitted, FilingActor.Processor, false),

        // Amending an approved filing changes its registered scope, so it goes through review again.
        new(FilingStatus.Approved, FilingAction.Amend, FilingStatus.Draft, FilingActor.Processor, false),
        new(FilingStatus.Approved, FilingAction.Revoke, FilingStatus.Revoked, FilingActor.ZoneOfficer, true),
        new(FilingStatus.Approved, FilingAction.Expire, FilingStatus.Expired, FilingActor.System, false),

        // Suspension (platform policy): exports stop being in force until an officer lifts it; it may end in revocation,
        // and the validity period runs on meanwhile.
        new(FilingStatus.Approved, FilingAction.Suspend, FilingStatus.Suspended, FilingActor.ZoneOfficer, true),
        new(FilingStatus.Suspended, FilingAction.Reinstate, FilingStatus.Approved, FilingActor.ZoneOfficer, true),
        new(FilingStatus.Suspended, FilingAction.Revoke, FilingStatus.Revoked, FilingActor.ZoneOfficer, true),
        new(FilingStatus.Suspended, FilingAction.Expire, FilingStatus.Expired, FilingActor.System, false),
    ];

    private static readonly FrozenDictionary<(FilingStatus, FilingAction), FilingTransition> ByStateAndAction =
        Transitions.ToFrozenDictionary(t => (t.From, t.Action));

    /// <summary>True for states no action leaves.</summary>
    public static bool IsTerminal(FilingStatus status) => !Transitions.Any(t => t.From == status);

    /// <summary>True when the processor may change the content in this state.</summary>
    public static bool IsEditable(FilingStatus status) => ByStateAndAction.ContainsKey((status, FilingAction.Amend));

    /// <summary>The actions <paramref name="actor"/> may take on a filing in <paramref name="status"/>.</summary>
    public static IReadOnlyList<FilingAction> AllowedActions(FilingStatus status, FilingActor actor) =>
        [.. Transitions.Where(t => t.From == status && t.Actor == actor).Select(t => t.Action)];

    /// <summary>
    /// Decides the move: the transition, or a diagnostic on <c>action</c> (not allowed in this state, or not by this
    /// actor) or on <c>note</c> (a reason is required and missing).
    /// </summary>
    public static Result<FilingTransition> Apply(FilingStatus status, FilingAction action, FilingActor actor, string? note = null)
    {
        if (!ByStateAndAction.TryGetValue((status, action), out var transition))
        {
            var allowed = Transitions.Where(t => t.From == status && t.Actor == actor).Select(t => FilingNames.Of(t.Action)).ToList();
            return Result<FilingTransition>.Failure(Diagnostic.ForField(
                null,
                "action",
                $"'{FilingNames.Of(action)}' is not possible on a filing that is {FilingNames.Of(status)}",
                allowed.Count > 0 ? string.Join(" or ", allowed) : null));
        }

        if (transition.Actor != actor)
        {
            return Result<FilingTransition>.Failure(Diagnostic.ForField(
                null, "action", $"'{FilingNames.Of(action)}' is done by {FilingNames.Of(transition.Actor)}, not by {FilingNames.Of(actor)}"));
        }

        if (transition.RequiresNote && string.IsNullOrWhiteSpace(note))
        {
            return Result<FilingTransition>.Failure(Diagnostic.ForField(null, "note", $"'{FilingNames.Of(action)}' needs a note that says why"));
        }

        return Result<FilingTransition>.Success(transition);
    }
}

namespace Chujing.Domain.Filings;

/// <summary>One allowed move of the filing state machine.</summary>
/// <param name="From">The state the filing must be in.</param>
/// <param name="Action">What is done.</param>
/// <param name="To">The state the filing is in afterwards.</param>
/// <param name="Actor">Who may do it.</param>
/// <param name="RequiresNote">True when the actor must say why (returns, rejections, revocations).</param>
public sealed record FilingTransition(FilingStatus From, FilingAction Action, FilingStatus To, FilingActor Actor, bool RequiresNote);

using Chujing.Domain.Filings;
using Chujing.Persistence.Filings;
using Chujing.Web.Notifications;

namespace Chujing.Web.Filings;

/// <summary>Who hears of a filing's move: its zone group's officers of a submission, the enterprise's users of the rest.</summary>
public sealed partial class FilingService
{
    /// <summary>
    /// Stages the notifications of <paramref name="action"/> in the unit of work that saves it. The officer's note goes
    /// with the decisions that set it, not with a submission or the start of a review (it would be the last one's).
    /// </summary>
    private async Task NotifyAsync(Filing filing, FilingAction action, string? note, CancellationToken ct)
    {
        if (NotificationTexts.Filing(action, filing.Id, filing.Title, filing.Processor?.Name ?? string.Empty, action is FilingAction.Submit or FilingAction.StartReview ? null : note) is not { } content)
        {
            return;
        }

        if (action == FilingAction.Submit)
        {
            await notifier.ToZoneGroupAsync(filing.ZoneGroupId, content, ct).ConfigureAwait(false);
        }
        else
        {
            await notifier.ToProcessorAsync(filing.ProcessorId, content, ct).ConfigureAwait(false);
        }
    }
}

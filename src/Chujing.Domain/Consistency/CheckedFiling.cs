using Chujing.Domain.Assessment;
using Chujing.Domain.Catalog;
using Chujing.Domain.Filings;

namespace Chujing.Domain.Consistency;

/// <summary>
/// A filing as the consistency check needs it: its id and processor, its content, the pathway it was filed under,
/// its status history with times (oldest first) and the processor's profile the engine assesses with.
/// </summary>
public sealed record CheckedFiling
{
    public CheckedFiling(string id, string processor, FilingContent content, Pathway? pathway, IReadOnlyList<FilingStatusChange> history, ProcessorProfile profile)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(processor);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(profile);
        Id = id;
        Processor = processor;
        Content = content;
        Pathway = pathway;
        History = [.. history.OrderBy(h => h.At)];
        Profile = profile;
    }

    public string Id { get; }

    /// <summary>The processor's unified social credit code.</summary>
    public string Processor { get; }

    public FilingContent Content { get; }

    /// <summary>The pathway the filing was assessed and approved under; null: the engine's decision for the content.</summary>
    public Pathway? Pathway { get; }

    /// <summary>Every status the filing took, with when, oldest first.</summary>
    public IReadOnlyList<FilingStatusChange> History { get; }

    public ProcessorProfile Profile { get; }

    /// <summary>The status at <paramref name="time"/>, or null before the filing existed.</summary>
    public FilingStatus? StatusAt(DateTimeOffset time)
    {
        FilingStatus? status = null;
        foreach (var change in History)
        {
            if (change.At > time)
            {
                break;
            }

            status = change.Status;
        }

        return status;
    }
}

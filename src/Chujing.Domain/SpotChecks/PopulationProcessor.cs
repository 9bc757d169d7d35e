namespace Chujing.Domain.SpotChecks;

/// <summary>
/// One processor of a population: its risk class when the check was planned, its ledger's signed tree head then, and
/// the head the previous check of it committed to (null when it has none), from which consistency is proven.
/// </summary>
public sealed record PopulationProcessor
{
    public PopulationProcessor(string uscc, RiskClass riskClass, PopulationHead head, PopulationHead? previousHead)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(uscc);
        ArgumentNullException.ThrowIfNull(head);
        if (!Enum.IsDefined(riskClass))
        {
            throw new ArgumentOutOfRangeException(nameof(riskClass));
        }

        Uscc = uscc;
        RiskClass = riskClass;
        Head = head;
        PreviousHead = previousHead;
    }

    public string Uscc { get; }

    public RiskClass RiskClass { get; }

    public PopulationHead Head { get; }

    public PopulationHead? PreviousHead { get; }
}

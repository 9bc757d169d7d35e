namespace Chujing.Persistence.Editions;

/// <summary>One approval or filing recorded for a draft edition: which step, which document, on which day.</summary>
public class EditionApproval
{
    public long Id { get; set; }

    public string EditionId { get; set; } = string.Empty;

    public EditionApprovalKind Kind { get; set; }

    /// <summary>Who approved or received the filing (e.g. 北京市网络安全和信息化委员会).</summary>
    public string Authority { get; set; } = string.Empty;

    /// <summary>The document number (文号), e.g. 京网信委〔2024〕1号.</summary>
    public string DocumentNumber { get; set; } = string.Empty;

    public DateOnly Date { get; set; }

    public string RecordedBy { get; set; } = string.Empty;

    public DateTimeOffset RecordedAt { get; set; }
}

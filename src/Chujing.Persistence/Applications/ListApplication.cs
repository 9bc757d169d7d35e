using Chujing.Persistence.Processors;

namespace Chujing.Persistence.Applications;

/// <summary>A processor's application to use the negative list (负面清单使用申请), decided by its zone group.</summary>
public class ListApplication
{
    public int Id { get; set; }

    public int ProcessorId { get; set; }

    public Processor? Processor { get; set; }

    public string ZoneGroupId { get; set; } = string.Empty;

    public ListApplicationStatus Status { get; set; }

    /// <summary>The list edition the processor asks to use, e.g. <c>beijing-ftz/2024</c>.</summary>
    public string ListEdition { get; set; } = string.Empty;

    /// <summary>The business the processor runs in the zone and why it needs the list.</summary>
    public string Statement { get; set; } = string.Empty;

    public string? DecisionNote { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }
}

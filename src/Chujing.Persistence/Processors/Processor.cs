namespace Chujing.Persistence.Processors;

/// <summary>A data processor (数据处理者) registered with a zone group.</summary>
public class Processor
{
    public int Id { get; set; }

    /// <summary>Unified social credit code, check character valid (GB 32100).</summary>
    public string Uscc { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string ZoneGroupId { get; set; } = string.Empty;

    public ZoneGroup? ZoneGroup { get; set; }

    /// <summary>A critical information infrastructure operator: the list never applies to it.</summary>
    public bool Ciio { get; set; }

    /// <summary>The zone group approved its application to use the negative list.</summary>
    public bool ListApproved { get; set; }

    public string ContactName { get; set; } = string.Empty;

    public string ContactEmail { get; set; } = string.Empty;

    public string ContactPhone { get; set; } = string.Empty;

    public DateTimeOffset RegisteredAt { get; set; }
}

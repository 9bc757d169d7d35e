namespace Chujing.Persistence.Editions;

/// <summary>
/// A list edition kept in the platform: a draft the city regulator edits, or a published edition (immutable). The
/// content is the edition's YAML as <c>CatalogWriter</c> writes it, which the CLI loads unchanged with
/// <c>--catalog-dir</c>.
/// </summary>
public class EditionRecord
{
    /// <summary>The edition id, <c>&lt;jurisdiction&gt;/&lt;edition&gt;</c>, e.g. <c>beijing-ftz/2025</c>.</summary>
    public string Id { get; set; } = string.Empty;

    public EditionStatus Status { get; set; }

    /// <summary>The edition the draft was started from (shipped or published), or null for one started from a workbook.</summary>
    public string? BasedOn { get; set; }

    /// <summary>The edition's YAML text.</summary>
    public string Yaml { get; set; } = string.Empty;

    /// <summary><c>sha256:&lt;hex&gt;</c> of <see cref="Yaml"/>, fixed when published.</summary>
    public string? ContentHash { get; set; }

    /// <summary>From when the engine applies the published edition (China Standard Time calendar day).</summary>
    public DateOnly? Effective { get; set; }

    public string CreatedBy { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string? PublishedBy { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public List<EditionApproval> Approvals { get; set; } = [];

    /// <summary>Incremented on every change; a concurrency token.</summary>
    public int Version { get; set; }
}

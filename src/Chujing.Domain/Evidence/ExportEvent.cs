namespace Chujing.Domain.Evidence;

/// <summary>
/// One export event as the ledger stores it: validated against the contract (CONTRACTS.md, "An export event") and
/// held as its canonical JSON text, with its facts typed beside it so that nobody reads the text again. Unknown
/// members are kept in the text; person identifiers may appear only as keyed hashes.
/// </summary>
public sealed partial record ExportEvent
{
    private ExportEvent(
        string canonicalJson,
        string processor,
        DateTimeOffset time,
        string recipient,
        string country,
        long persons,
        string? filing,
        string? scenario,
        IReadOnlyList<string> fields,
        IReadOnlyList<string> personKeys,
        bool sensitive,
        string? digest)
    {
        CanonicalJson = canonicalJson;
        Processor = processor;
        Time = time;
        Recipient = recipient;
        Country = country;
        Persons = persons;
        Filing = filing;
        Scenario = scenario;
        Fields = fields;
        PersonKeys = personKeys;
        Sensitive = sensitive;
        Digest = digest;
    }

    /// <summary>The leaf text (<see cref="Evidence.CanonicalJson"/>).</summary>
    public string CanonicalJson { get; }

    /// <summary>The processor's unified social credit code (check character valid, an assigned code).</summary>
    public string Processor { get; }

    /// <summary>When the data left, with the offset as written (RFC 3339).</summary>
    public DateTimeOffset Time { get; }

    /// <summary>The overseas recipient's name, as written (never empty).</summary>
    public string Recipient { get; }

    /// <summary>The recipient's country or region, an assigned ISO 3166-1 alpha-2 code.</summary>
    public string Country { get; }

    /// <summary>How many persons' personal information the export carried (≥ 0).</summary>
    public long Persons { get; }

    /// <summary>The filing the export relies on, e.g. <c>F-2026-0001</c>; null when the event names none.</summary>
    public string? Filing { get; }

    /// <summary>The list scenario id (or name) of the export; null when the event names none.</summary>
    public string? Scenario { get; }

    /// <summary>The list field ids (or names) the export carried, as written; empty when none.</summary>
    public IReadOnlyList<string> Fields { get; }

    /// <summary>Keyed hashes of the persons' identifiers, as written; empty when none.</summary>
    public IReadOnlyList<string> PersonKeys { get; }

    /// <summary>The export carried sensitive personal information (<c>"sensitive": true</c>; false when absent).</summary>
    public bool Sensitive { get; }

    /// <summary>The payload's digest, <c>&lt;algorithm&gt;:&lt;hex&gt;</c>; null when the event carries none.</summary>
    public string? Digest { get; }
}

namespace Chujing.Domain.Catalog;

/// <summary>What part a national rule plays in a decision. The engine's order follows the texts, not the file.</summary>
public enum RuleRole
{
    /// <summary>Art. 2: only data notified or published as important data counts.</summary>
    ImportantData,

    /// <summary>Arts. 3, 4, 5(1)–(3): an activity's named exemption.</summary>
    Exemption,

    /// <summary>Art. 7(1): a CIIO sending personal information or important data.</summary>
    Ciio,

    /// <summary>Arts. 5(4), 7(2), 8: person-count bands for processors other than CIIOs.</summary>
    Headcount,

    /// <summary>Art. 6: free-trade-zone negative lists.</summary>
    FtzList,

    /// <summary>Art. 9: validity of an assessment result.</summary>
    Validity,

    /// <summary>A filing deadline (standard contract filing).</summary>
    Filing,

    /// <summary>A duty that stands beside the pathway (notice, separate consent, PIPIA).</summary>
    Duty,

    /// <summary>
    /// Security Assessment Measures art. 4 (2) (before 2024-03-22): bands on how many persons' personal information the
    /// processor handles (<c>processor.personsHandled</c>), not on how many it sends; the band's counter is ignored.
    /// </summary>
    HandledVolume,
}

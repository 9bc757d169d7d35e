namespace Chujing.Domain.Catalog;

/// <summary>The legal basis of the processing (PIPL art. 13 para. 1 items (1)–(7)).</summary>
public enum LegalBasis
{
    /// <summary>(1) The individual's consent.</summary>
    Consent,

    /// <summary>(2) Necessary to conclude or perform a contract to which the individual is a party.</summary>
    Contract,

    /// <summary>(2) Necessary for human resources management under lawful labour rules and collective contracts.</summary>
    HrManagement,

    /// <summary>(3) Necessary to perform a statutory duty or obligation.</summary>
    StatutoryDuty,

    /// <summary>(4) Public-health emergencies, or protecting life, health and property in an emergency.</summary>
    Emergency,

    /// <summary>(5) News reporting and public-opinion supervision in the public interest, within reason.</summary>
    NewsReporting,

    /// <summary>(6) Information the individual made public or that was otherwise lawfully made public, within reason.</summary>
    PublicInformation,

    /// <summary>(7) Other situations laws and administrative regulations provide.</summary>
    OtherLaw,
}

namespace Chujing.Domain.Catalog;

/// <summary>The exemptions an activity may claim (Provisions arts. 3, 4, 5(1)–(3); Network Data Regulation art. 35 (6)).</summary>
public enum Exemption
{
    /// <summary>Art. 3: international trade, transport, academic cooperation, manufacturing, marketing data without personal information or important data.</summary>
    TradeWithoutPersonalData,

    /// <summary>Art. 4: personal information collected abroad, processed in China and sent back, nothing domestic added.</summary>
    ForeignCollected,

    /// <summary>Art. 5(1): to conclude or perform a contract to which the individual is a party.</summary>
    ContractWithIndividual,

    /// <summary>Art. 5(2): cross-border human resources management under lawful rules.</summary>
    CrossBorderHr,

    /// <summary>Art. 5(3): emergencies to protect life, health and property.</summary>
    Emergency,

    /// <summary>Network Data Regulation art. 35 (6): truly necessary to perform a statutory duty or obligation.</summary>
    StatutoryDuty,
}

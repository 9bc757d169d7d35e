namespace Chujing.Domain.Consistency;

/// <summary>
/// One way an export event departs from the filing it names, or from having one (CONTRACTS: "Consistency of actual
/// exports with their filing"). Written in JSON as kebab-case (<c>field-not-filed</c>).
/// </summary>
public enum DeviationKind
{
    /// <summary>The event names no filing, or one that does not exist or is another processor's.</summary>
    NoFiling,

    /// <summary>The filing was not approved at the event's time: before approval, outside its validity, after revocation or expiry, while reopened.</summary>
    FilingNotInForce,

    /// <summary>The event's scenario is not the filed one.</summary>
    ScenarioNotFiled,

    /// <summary>A field of the pinned list that the filing does not name (by id, Chinese name, English name or synonym).</summary>
    FieldNotFiled,

    /// <summary>A field that neither the filing nor the pinned list names.</summary>
    FieldNotListed,

    /// <summary>The recipient is not one the filing names.</summary>
    RecipientNotFiled,

    /// <summary>The destination country or region is not filed (for that recipient, or for any).</summary>
    CountryNotFiled,

    /// <summary>Sensitive personal information left under a filing that files none.</summary>
    SensitiveNotFiled,

    /// <summary>The processor's distinct persons this year exceed what the filing files.</summary>
    PersonsOverFiled,

    /// <summary>The year's counts now need a stricter pathway than the filing's (decided by the engine).</summary>
    BandCrossed,
}

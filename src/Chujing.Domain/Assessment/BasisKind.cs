namespace Chujing.Domain.Assessment;

/// <summary>What kind of reason a basis entry gives.</summary>
public enum BasisKind
{
    /// <summary>A national rule decided (an article's condition is met).</summary>
    Rule,

    /// <summary>A claimed exemption holds (its elements are met or are the processor's to show).</summary>
    Exemption,

    /// <summary>A claimed exemption fails: the activity contradicts one of its elements.</summary>
    ExemptionElementFailed,

    /// <summary>The exemption reaches personal information only; important data in the same transfer needs its own assessment.</summary>
    ExemptionExcludesImportantData,

    /// <summary>A list item decided (its bands are reached or not, or it names important data).</summary>
    ListItem,

    /// <summary>A list item's exception the processor meets.</summary>
    ItemException,

    /// <summary>The list applies to the processor.</summary>
    ListApplies,

    /// <summary>The list does not apply to the processor; the national rules decide.</summary>
    ListNotApplicable,

    /// <summary>The activity names no scenario or field of the list.</summary>
    ListNoScenario,

    /// <summary>Data the list does not name, inside a listed scenario (art. 6).</summary>
    OutsideList,

    /// <summary>The encoded edition lacks items of the official one; the national bands decide.</summary>
    IncompleteEdition,

    /// <summary>A list item whose bands no public source gives; the national bands decide.</summary>
    BandsUnknown,

    /// <summary>A list item whose fields no public source gives; the activity is taken to fall under it.</summary>
    FieldsUnknown,

    /// <summary>A list item that may leave only by another lawful route (e.g. human genetic resources).</summary>
    OtherLawfulRoute,

    /// <summary>A note: a count exceeds an important-data reference criterion.</summary>
    ReferenceCriterion,

    /// <summary>A note: a list that does not apply still publishes this as important data.</summary>
    PublishedImportantData,

    /// <summary>Nothing regulated is sent.</summary>
    NothingRegulated,

    /// <summary>A fact the activity states as not known yet; the strictest possible pathway is taken.</summary>
    UnknownFact,

    /// <summary>A catalog entry below the minimum confidence asked, set aside.</summary>
    BelowMinConfidence,

    /// <summary>A list that is not (yet) in force on the day of the decision.</summary>
    ListNotInForce,
}

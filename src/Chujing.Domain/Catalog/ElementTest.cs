namespace Chujing.Domain.Catalog;

/// <summary>
/// What the engine checks for one element of an exemption: a closed set of tests over the facts an activity states,
/// so that no rule expression lives in a string. <see cref="ProcessorBurden"/> marks what only the processor can show.
/// </summary>
public enum ElementTest
{
    /// <summary>The data contains no personal information (art. 3: 不包含个人信息). Contradicted by any person counted.</summary>
    NoPersonalInformation,

    /// <summary>The data contains no important data (art. 3: 不包含……重要数据). Contradicted by <c>importantData: true</c>.</summary>
    NoImportantData,

    /// <summary>
    /// The exemption reaches personal information only, never important data (art. 5, last paragraph). Never
    /// contradicted: important data in the same transfer stays outside the exemption and needs its own assessment.
    /// </summary>
    ExcludesImportantData,

    /// <summary>The personal information was collected and generated abroad (art. 4). Contradicted by <c>collectedAbroad: false</c>.</summary>
    CollectedAbroad,

    /// <summary>
    /// No domestic personal information or important data was introduced during processing in China (art. 4).
    /// Contradicted by <c>domesticDataAdded: true</c> or by <c>importantData: true</c>.
    /// </summary>
    NoDomesticDataAdded,

    /// <summary>
    /// The individuals are parties to the contract the transfer concludes or performs (art. 5 (1)). Contradicted by
    /// <c>contractType: between-organisations</c> or by <c>dataSubjects</c> naming <c>other</c> persons.
    /// </summary>
    IndividualIsContractParty,

    /// <summary>Only employees' personal information (art. 5 (2)). Contradicted by <c>dataSubjects</c> naming anyone else.</summary>
    EmployeesOnly,

    /// <summary>The provision is in force on the day of the decision (the element's <c>from</c> date).</summary>
    InForce,

    /// <summary>Not visible in an activity (e.g. 确需, truly necessary): the processor must be able to show it.</summary>
    ProcessorBurden,
}

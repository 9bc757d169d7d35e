using Chujing.Domain.Assessment;

namespace Chujing.Domain.Filings;

/// <summary>The filing as the export activity the assessment engine decides on.</summary>
public sealed partial record FilingContent
{
    /// <summary>
    /// The activity this content registers, for <paramref name="processor"/>: the pinned list edition, the scenario
    /// and fields, important data, and the persons the filing covers per year. No exemption is claimed: a filing is
    /// made because none applies. <paramref name="yearPersons"/>, when given, replaces the filing's own counts by the
    /// processor's year (art. 7 counts since 1 January, this activity included).
    /// </summary>
    public ExportActivity ToActivity(ProcessorProfile processor, PersonCounts? yearPersons = null)
    {
        ArgumentNullException.ThrowIfNull(processor);
        return new ExportActivity(
            processor,
            ListEdition,
            Scenario,
            null,
            ImportantData,
            yearPersons ?? new PersonCounts(PersonsPersonal, PersonsSensitive),
            Fields,
            []);
    }
}

using Chujing.Domain.Diagnostics;
using Chujing.Domain.Filings;
using Chujing.Persistence.Filings;

namespace Chujing.Web.Filings;

/// <summary>A stored filing read back as the domain's content, so that it can be decided again.</summary>
internal static class FilingRows
{
    /// <summary>The content of <paramref name="filing"/>; diagnostics only when a stored row breaks rules that changed since.</summary>
    public static Result<FilingContent> Content(Filing filing) => FilingContent.Create(
        filing.ListEdition,
        filing.Scenario,
        filing.Fields,
        [.. filing.Recipients.Select(r => new FilingRecipient(r.Name, r.Country))],
        filing.Purpose,
        filing.ImportantData,
        filing.PersonsPersonal,
        filing.PersonsSensitive,
        filing.RetentionMonths,
        filing.SecurityMeasures,
        filing.ValidFrom,
        filing.ValidUntil);
}

using Chujing.Domain.Filings;

namespace Chujing.Domain.Tests.Filings;

public sealed class FilingContentTests
{
    private static readonly DateOnly From = new(2026, 1, 1);

    [Fact]
    public void Create_ValidContent_TrimsAndKeepsValues()
    {
        var content = FilingContent.Create(
            " beijing-ftz/2024 ", "clinical-trials", ["subject-id"], [new FilingRecipient(" Pharma AG ", "CH")],
            "pharmacovigilance", false, 5000, 100, 120, "encryption", From, From.AddYears(2)).Value;
        Assert.Equal("beijing-ftz/2024", content.ListEdition);
        Assert.Equal("Pharma AG", content.Recipients[0].Name);
    }

    [Fact]
    public void Create_ManyProblems_ReportsEveryFieldAtOnce()
    {
        var result = FilingContent.Create(
            "beijing", "", null, [new FilingRecipient("", "Germany")], null, false, -1, -2, 0, " ", From, From.AddDays(-1));
        var fields = result.Diagnostics.Select(d => d.Subject).ToHashSet();
        Assert.Subset(
            fields,
            new HashSet<string?>
            {
                "listEdition", "scenario", "purpose", "securityMeasures", "recipients[0].name", "recipients[0].country",
                "persons.personal", "persons.sensitive", "retentionMonths", "validUntil",
            });
    }

    [Theory]
    [InlineData("CN")]
    [InlineData("XX")]
    [InlineData("de")]
    public void Create_RecipientInMainlandChinaOrUnassignedCountry_FailsOnRecipientCountry(string country)
    {
        var result = FilingContent.Create(
            "beijing-ftz/2024", "s", [], [new FilingRecipient("R", "DE"), new FilingRecipient("R2", country)], "p", false, 1, 0, 12, "m", From, From.AddYears(1));
        Assert.Equal("recipients[1].country", Assert.Single(result.Diagnostics).Subject);
    }

    [Theory]
    [InlineData("HK")]
    [InlineData("MO")]
    [InlineData("US")]
    public void Create_RecipientInAssignedCountryOutsideTheMainland_Passes(string country) =>
        Assert.True(FilingContent.Create(
            "beijing-ftz/2024", "s", [], [new FilingRecipient("R", country)], "p", false, 1, 0, 12, "m", From, From.AddYears(1)).IsSuccess);

    [Theory]
    [InlineData("subject_id")]
    [InlineData("SUBJECT ID")]
    [InlineData("subject--id")]
    public void Create_FieldGivenTwiceWithOtherSeparatorsOrCase_FailsOnTheSecond(string second)
    {
        var result = FilingContent.Create(
            "beijing-ftz/2024", "s", ["subject-id", second], [new FilingRecipient("R", "DE")], "p", false, 1, 0, 12, "m", From, From.AddYears(1));
        Assert.Equal("fields[1]", Assert.Single(result.Diagnostics).Subject);
    }

    [Fact]
    public void Create_ValidityLongerThanThreeYears_FailsOnValidUntil()
    {
        var result = FilingContent.Create(
            "beijing-ftz/2024", "s", [], [new FilingRecipient("R", "DE")], "p", false, 1, 0, 12, "m", From, From.AddYears(3).AddDays(1));
        Assert.Equal("validUntil", Assert.Single(result.Diagnostics).Subject);
    }

    [Fact]
    public void Create_NoRecipients_FailsOnRecipients()
    {
        var result = FilingContent.Create("beijing-ftz/2024", "s", [], [], "p", false, 1, 0, 12, "m", From, From);
        Assert.Equal("recipients", Assert.Single(result.Diagnostics).Subject);
    }
}

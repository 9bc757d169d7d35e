using System.Text;
using Chujing.Domain.Assessment;
using Chujing.Domain.Catalog;

namespace Chujing.Domain.Tests.Assessment;

public sealed class ActivityReaderTests
{
    private const string Valid = """
        { "processor": { "ciio": false, "freeTradeZone": "beijing", "listApproved": true },
          "list": "beijing-ftz/2024", "scenario": "bj-auto-ota", "exemption": "contract-with-individual",
          "importantData": false, "persons": { "personal": 120000, "sensitive": 0 }, "fields": ["ota-type"] }
        """;

    private static Chujing.Domain.Diagnostics.Result<ExportActivity> Read(string json) => ActivityReader.Read(Encoding.UTF8.GetBytes(json), "activity.json");

    [Fact]
    public void Read_TheContractExample_ReadsEveryProperty()
    {
        var a = Read(Valid).Value;

        Assert.Equal(new ProcessorProfile(false, "beijing", true, false), a.Processor);
        Assert.Equal("beijing-ftz/2024", a.List);
        Assert.Equal(Exemption.ContractWithIndividual, a.Exemption);
        Assert.Equal(120_000, a.Persons.Personal);
        Assert.Equal(["ota-type"], a.Fields);
    }

    [Theory]
    [InlineData("""{"processor":{"ciio":false},"importantData":false,"persons":{"personal":1,"sensitive":0},"exemptoin":"emergency"}""", "exemptoin", "unknown property", "'exemption'")]
    [InlineData("""{"processor":{"ciio":false,"ciooo":true},"importantData":false,"persons":{"personal":1,"sensitive":0}}""", "processor.ciooo", "unknown property", "'ciio'")]
    [InlineData("""{"processor":{"ciio":"no"},"importantData":false,"persons":{"personal":1,"sensitive":0}}""", "processor.ciio", "must be true or false", null)]
    [InlineData("""{"processor":{"ciio":false},"importantData":false,"persons":{"personal":-5,"sensitive":0}}""", "persons.personal", "must be ≥ 0", null)]
    [InlineData("""{"processor":{"ciio":false},"importantData":false,"persons":{"personal":1.5,"sensitive":0}}""", "persons.personal", "whole number", null)]
    [InlineData("""{"processor":{"ciio":false},"importantData":false,"persons":{"personal":"100","sensitive":0}}""", "persons.personal", "whole number", null)]
    [InlineData("""{"processor":{"ciio":false},"importantData":false,"persons":{"personal":1}}""", "persons.sensitive", "is required", null)]
    [InlineData("""{"processor":{"ciio":false},"persons":{"personal":1,"sensitive":0}}""", "importantData", "is required", null)]
    [InlineData("""{"importantData":false,"persons":{"personal":1,"sensitive":0}}""", "processor", "is required", null)]
    [InlineData("""{"processor":{"ciio":false},"importantData":false,"persons":{"personal":1,"sensitive":0},"exemption":"contract"}""", "exemption", "unknown exemption", "'contract-with-individual'")]
    [InlineData("""{"processor":{"ciio":false},"importantData":false,"persons":{"personal":1,"sensitive":0},"fields":"name"}""", "fields", "array of strings", null)]
    [InlineData("""{"processor":{"ciio":false},"importantData":false,"persons":{"personal":1,"sensitive":0},"scenario":"x"}""", "scenario", "give 'list' too", null)]
    [InlineData("""[1,2]""", "$", "JSON object", null)]
    public void Read_BadActivity_NamesTheFieldAndTheProblem(string json, string field, string message, string? suggestion)
    {
        var d = Assert.Single(Read(json).Diagnostics);

        Assert.Equal(field, d.Subject);
        Assert.Contains(message, d.Message, StringComparison.Ordinal);
        Assert.Equal(suggestion, d.Suggestion);
        Assert.Equal("activity.json", d.Source);
    }

    [Theory]
    [InlineData("nope\n")]
    [InlineData("nope\r\n")]
    [InlineData("{\"processor\":tru\n}")]
    public void Read_BadLiteralBeforeALineBreak_QuotesTheTokenOnly(string json)
    {
        // Once, the message quoted the line break that ended the token ('nope\n' …), splitting the one-line error.
        var d = Assert.Single(Read(json).Diagnostics);

        Assert.Matches("^invalid JSON: '(nope|tru)' is an invalid JSON literal$", d.Message);
    }

    [Theory]
    [InlineData("""{"processor":{"ciio":false},"importantData":false,""", 1)]
    [InlineData("{\n  \"processor\": {\"ciio\": false},\n  \"importantData\": fals\n}", 3)]
    public void Read_TruncatedOrMalformedJson_GivesLineAndColumn(string json, int line)
    {
        var d = Assert.Single(Read(json).Diagnostics);

        Assert.StartsWith("invalid JSON", d.Message, StringComparison.Ordinal);
        Assert.Equal(line, d.Line);
        Assert.True(d.Column > 0);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n ")]
    [InlineData("\uFEFF")]
    public void Read_EmptyInput_SaysItIsEmpty(string json)
    {
        Assert.Contains("empty", Assert.Single(Read(json).Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Utf8ByteOrderMark_IsAccepted()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Valid)).ToArray();

        Assert.True(ActivityReader.Read(bytes, "bom.json").IsSuccess);
    }

    [Theory]
    [InlineData("""{"processor":{"ciio":false},"importantData":false,"persons":{"personal":null,"sensitive":0}}""", "persons.personal")]
    [InlineData("""{"processor":null,"importantData":false,"persons":{"personal":1,"sensitive":0}}""", "processor")]
    public void Read_NullForARequiredValue_IsADiagnosticNotACrash(string json, string field)
    {
        Assert.Equal(field, Assert.Single(Read(json).Diagnostics).Subject);
    }

    [Theory]
    [InlineData("""{"processor":{"ciio":false},"importantDate":false,"persons":{"personal":1,"sensitive":0}}""", "importantDate")]
    [InlineData("""{"Processor":{"ciio":false},"importantData":false,"persons":{"personal":1,"sensitive":0}}""", "Processor")]
    [InlineData("""{"processor":{"ciio":false},"importantData":false,"persons":{"persnal":1,"sensitive":0}}""", "persons.persnal")]
    public void Read_MisspeltRequiredProperty_IsReportedOnceAsTheTypo(string json, string field)
    {
        var d = Assert.Single(Read(json).Diagnostics);

        Assert.Equal(field, d.Subject);
        Assert.NotNull(d.Suggestion);
    }

    [Fact]
    public void Read_SeveralProblems_ReportsThemAll()
    {
        var result = Read("""{"processor":{"ciio":1},"importantData":0,"persons":{"personal":-1,"sensitive":0.5},"typo":1}""");

        Assert.Equal(5, result.Diagnostics.Count);
    }
}

using System.Text.Json;
using Chujing.Domain.Evidence;

namespace Chujing.Domain.Tests.Evidence;

/// <summary>The typed facts of an export event, the <c>sensitive</c> flag, parsing from an element, and the policies.</summary>
public sealed class ExportEventFactsTests
{
    private const string Key1 = "hmac-sha256:0123456789abcdef0123456789abcdef";
    private const string Key2 = "hmac-sha256:fedcba9876543210fedcba9876543210";

    private const string Full = """{"processor":"91110000MA01ABCD1M","filing":"F-2026-0001","time":"2026-11-27T16:30:00+08:00","recipient":"Example GmbH","country":"DE","scenario":"clinical-trials","fields":["subject-id","病历"],"persons":2,"personKeys":["hmac-sha256:0123456789abcdef0123456789abcdef","hmac-sha256:fedcba9876543210fedcba9876543210"],"sensitive":true,"digest":"sha256:00112233445566778899aabbccddeeff","extra":1}""";

    [Fact]
    public void Parse_ExposesEveryFactAsWritten()
    {
        var e = ExportEvent.Parse(Full).Value;
        Assert.Equal("91110000MA01ABCD1M", e.Processor);
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 16, 30, 0, TimeSpan.FromHours(8)), e.Time);
        Assert.Equal(TimeSpan.FromHours(8), e.Time.Offset);
        Assert.Equal("Example GmbH", e.Recipient);
        Assert.Equal("DE", e.Country);
        Assert.Equal(2, e.Persons);
        Assert.Equal("F-2026-0001", e.Filing);
        Assert.Equal("clinical-trials", e.Scenario);
        Assert.Equal(["subject-id", "病历"], e.Fields);
        Assert.Equal([Key1, Key2], e.PersonKeys);
        Assert.True(e.Sensitive);
        Assert.Equal("sha256:00112233445566778899aabbccddeeff", e.Digest);
        Assert.Contains("\"extra\":1", e.CanonicalJson, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OversizedTextsAndLists_AreRefusedNamingEachField()
    {
        // The ledger keeps every event for good: a recipient of two million characters is bad input, not a record.
        var huge = new string('x', ExportEvent.MaxTextLength + 1);
        var fields = string.Join(",", Enumerable.Range(0, ExportEvent.MaxFieldCount + 1).Select(i => "\"f" + i + "\""));
        var result = ExportEvent.Parse($$"""{"processor":"91110000MA01ABCD1M","time":"2026-11-27T08:00:00Z","recipient":"{{huge}}","country":"DE","persons":0,"scenario":"{{huge}}","fields":[{{fields}}]}""");
        Assert.False(result.IsSuccess);
        Assert.Contains(result.Diagnostics, d => d.Subject == "recipient" && d.Message.Contains("at most 500", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Subject == "scenario");
        Assert.Contains(result.Diagnostics, d => d.Subject == "fields" && d.Message.Contains("1,000", StringComparison.Ordinal));

        var longField = ExportEvent.Parse($$"""{"processor":"91110000MA01ABCD1M","time":"2026-11-27T08:00:00Z","recipient":"R","country":"DE","persons":0,"fields":["ok","{{huge}}"]}""");
        Assert.Contains(longField.Diagnostics, d => d.Subject == "fields[1]");
        Assert.True(ExportEvent.Parse($$"""{"processor":"91110000MA01ABCD1M","time":"2026-11-27T08:00:00Z","recipient":"{{huge[..ExportEvent.MaxTextLength]}}","country":"DE","persons":0}""").IsSuccess);
    }

    [Fact]
    public void Parse_OptionalFactsAbsent_AreNullOrEmptyAndNotSensitive()
    {
        var e = ExportEvent.Parse("""{"processor":"91110000MA01ABCD1M","time":"2026-11-27T08:00:00Z","recipient":"R","country":"DE","persons":0}""").Value;
        Assert.Null(e.Filing);
        Assert.Null(e.Scenario);
        Assert.Null(e.Digest);
        Assert.Empty(e.Fields);
        Assert.Empty(e.PersonKeys);
        Assert.False(e.Sensitive);
    }

    [Theory]
    [InlineData("\"true\"")]
    [InlineData("1")]
    [InlineData("null")]
    [InlineData("\"false\"")]
    public void Parse_SensitiveNotABoolean_IsBadInputNamingTheField(string value)
    {
        var json = Full.Replace("\"sensitive\":true", "\"sensitive\":" + value, StringComparison.Ordinal);
        var result = ExportEvent.Parse(json, "e.jsonl", 4);
        Assert.False(result.IsSuccess);
        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal("sensitive", problem.Subject);
        Assert.Equal(4, problem.Line);
    }

    [Fact]
    public void Parse_FromAnElement_GivesTheSameEventAsFromText()
    {
        using var document = JsonDocument.Parse("[" + Full + "]");
        var fromElement = ExportEvent.Parse(document.RootElement[0]).Value;
        var fromText = ExportEvent.Parse(Full).Value;
        Assert.Equal(fromText.CanonicalJson, fromElement.CanonicalJson);
        Assert.Equal(fromText.Fields, fromElement.Fields);
        Assert.Equal(fromText.Time, fromElement.Time);
    }

    [Fact]
    public void Parse_FromAnElement_StillFindsALoneSurrogate()
    {
        using var document = JsonDocument.Parse("""[{"processor":"91110000MA01ABCD1M","time":"2026-11-27T08:00:00Z","recipient":"a\udc00b","country":"DE","persons":0}]""");
        var result = ExportEvent.Parse(document.RootElement[0]);
        Assert.Equal("recipient", Assert.Single(result.Diagnostics).Subject);
    }

    [Theory]
    [InlineData(2, 2, true)]
    [InlineData(2, 1, false)]
    [InlineData(0, 0, true)]
    public void PlatformPolicy_NeedsOneDistinctKeyPerPerson_TheLedgerPolicyDoesNot(int persons, int keys, bool platformAccepts)
    {
        var keyList = string.Join(",", new[] { Key1, Key2 }.Take(keys).Select(k => "\"" + k + "\""));
        var json = $$"""{"processor":"91110000MA01ABCD1M","time":"2026-11-27T08:00:00Z","recipient":"R","country":"DE","persons":{{persons}},"personKeys":[{{keyList}}]}""";
        Assert.True(ExportEvent.Parse(json, policy: ExportEventPolicy.Ledger).IsSuccess);
        var platform = ExportEvent.Parse(json, policy: ExportEventPolicy.Platform);
        Assert.Equal(platformAccepts, platform.IsSuccess);
        if (!platformAccepts)
        {
            Assert.Equal("personKeys", Assert.Single(platform.Diagnostics).Subject);
        }
    }

    [Fact]
    public void PlatformPolicy_RepeatedKeysCountOnce()
    {
        var json = $$"""{"processor":"91110000MA01ABCD1M","time":"2026-11-27T08:00:00Z","recipient":"R","country":"DE","persons":2,"personKeys":["{{Key1}}","{{Key1}}"]}""";
        Assert.False(ExportEvent.Parse(json, policy: ExportEventPolicy.Platform).IsSuccess);
    }

    [Fact]
    public void PlatformPolicy_RefusesAKeyOver128Characters()
    {
        var longKey = "hmac-sha256:" + new string('a', 120);
        var json = $$"""{"processor":"91110000MA01ABCD1M","time":"2026-11-27T08:00:00Z","recipient":"R","country":"DE","persons":1,"personKeys":["{{longKey}}"]}""";
        Assert.True(ExportEvent.Parse(json).IsSuccess);
        Assert.Equal("personKeys[0]", Assert.Single(ExportEvent.Parse(json, policy: ExportEventPolicy.Platform).Diagnostics).Subject);
    }
}

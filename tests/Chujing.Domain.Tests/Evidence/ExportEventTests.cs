using Chujing.Domain.Evidence;
using Chujing.Domain.Identifiers;

namespace Chujing.Domain.Tests.Evidence;

public sealed class ExportEventTests
{
    private const string Valid = """{"processor":"91110000MA01ABCD1M","time":"2026-11-27T08:00:00Z","recipient":"Example GmbH","country":"DE","persons":120}""";

    private static string With(string member, string json) =>
        Valid.Replace("}", "," + "\"" + member + "\":" + json + "}", StringComparison.Ordinal);

    private static string Without(string member) =>
        System.Text.Json.Nodes.JsonNode.Parse(Valid)!.AsObject().Where(p => p.Key != member).Aggregate(new System.Text.Json.Nodes.JsonObject(), (o, p) => { o[p.Key] = p.Value?.DeepClone(); return o; }).ToJsonString();

    [Theory]
    [InlineData("1E400", "j")]
    [InlineData("-1e999", "j")]
    [InlineData("[1, 2e400]", "j[1]")]
    public void Parse_NonFiniteNumber_IsRejectedNamingTheField(string number, string field)
    {
        var result = ExportEvent.Parse(With("j", number), "e.jsonl", 3);
        Assert.False(result.IsSuccess);
        Assert.Equal(field, result.Diagnostics[0].Subject);
        Assert.Equal(3, result.Diagnostics[0].Line);
    }

    [Theory]
    [InlineData("-0.0")]
    [InlineData("-0")]
    [InlineData("0e5")]
    [InlineData("-0E-3")]
    public void Parse_NegativeZero_CanonicalisesToZero(string number) =>
        Assert.Contains("\"j\":0,", ExportEvent.Parse(With("j", number)).Value.CanonicalJson, StringComparison.Ordinal);

    [Theory]
    [InlineData("j", "\"\\ud800\"")]
    [InlineData("recipient", "\"a\\udc00b\"")]
    public void Parse_LoneSurrogate_IsRejectedNamingTheField(string field, string json)
    {
        var source = field == "recipient" ? Valid.Replace("\"Example GmbH\"", json, StringComparison.Ordinal) : With(field, json);
        var result = ExportEvent.Parse(source, "e.jsonl", 1);
        Assert.False(result.IsSuccess);
        Assert.Contains(result.Diagnostics, d => d.Subject == field);
    }

    [Theory]
    [InlineData("XX")]
    [InlineData("XK")]
    [InlineData("AA")]
    public void Parse_UnassignedCountryCode_IsRejected(string code)
    {
        var result = ExportEvent.Parse(Valid.Replace("\"DE\"", "\"" + code + "\"", StringComparison.Ordinal));
        Assert.Equal("country", Assert.Single(result.Diagnostics).Subject);
    }

    [Theory]
    [InlineData("JP")]
    [InlineData("HK")]
    [InlineData("SG")]
    public void Parse_AssignedCountryCode_IsAccepted(string code) =>
        Assert.True(ExportEvent.Parse(Valid.Replace("\"DE\"", "\"" + code + "\"", StringComparison.Ordinal)).IsSuccess);

    [Fact]
    public void Parse_AllZeroUscc_IsRejected()
    {
        Assert.Equal(UsccCheck.Valid, Uscc.Check("000000000000000000"));
        var result = ExportEvent.Parse(Valid.Replace("91110000MA01ABCD1M", "000000000000000000", StringComparison.Ordinal));
        Assert.Equal("processor", Assert.Single(result.Diagnostics).Subject);
    }

    [Fact]
    public void Parse_MinimalEvent_IsValid() => Assert.True(ExportEvent.Parse(Valid).IsSuccess);

    [Fact]
    public void Parse_UnknownMembers_AreKept() =>
        Assert.Contains("\"extra\":{\"x\":1}", ExportEvent.Parse(With("extra", """{"x":1}""")).Value.CanonicalJson, StringComparison.Ordinal);

    [Theory]
    [InlineData("processor")]
    [InlineData("time")]
    [InlineData("recipient")]
    [InlineData("country")]
    [InlineData("persons")]
    public void Parse_MissingRequiredMember_NamesIt(string member)
    {
        var result = ExportEvent.Parse(Without(member), "events.jsonl", 12);
        Assert.False(result.IsSuccess);
        Assert.Equal(member, result.Diagnostics[0].Subject);
        Assert.StartsWith("events.jsonl:12: " + member + ": ", result.Diagnostics[0].ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("processor", "\"91110000MA01ABCD1X\"")]
    [InlineData("processor", "\"9111\"")]
    [InlineData("time", "\"2026-11-27 08:00\"")]
    [InlineData("time", "\"2026-13-27T08:00:00Z\"")]
    [InlineData("country", "\"Germany\"")]
    [InlineData("recipient", "\"  \"")]
    [InlineData("persons", "-1")]
    [InlineData("persons", "1.5")]
    [InlineData("persons", "\"12\"")]
    [InlineData("personKeys[0]", "[\"110101199003077777\"]")]
    [InlineData("personKeys[1]", "[\"0123456789abcdef0123456789abcdef\",\"13800138000\"]")]
    [InlineData("personKeys[0]", "[\"someone@example.com\"]")]
    [InlineData("digest", "\"md5\"")]
    [InlineData("fields", "\"name\"")]
    public void Parse_BadMember_NamesIt(string field, string json)
    {
        var member = field.Split('[')[0];
        var source = Valid.Contains("\"" + member + "\"", StringComparison.Ordinal)
            ? Without(member).Replace("}", ",\"" + member + "\":" + json + "}", StringComparison.Ordinal)
            : With(member, json);
        var result = ExportEvent.Parse(source);
        Assert.False(result.IsSuccess);
        Assert.Equal(field, result.Diagnostics[0].Subject);
    }

    [Theory]
    [InlineData("[\"hmac-sha256:5f1c0e3a9b7d4c2e8f6a1b3d5c7e9f0a2b4d6f8a0c2e4f6a8b0d2f4a6c8e0f2a\"]")]
    [InlineData("[\"Xy3mQ9k2LpZ8vN4tR7wB1cF6hJ0sD5gA9eK2nM8qU4o\"]")]
    public void Parse_KeyedHashPersonKeys_AreAccepted(string keys) =>
        Assert.True(ExportEvent.Parse(With("personKeys", keys)).IsSuccess);

    [Fact]
    public void Parse_NotJson_SaysSo()
    {
        var result = ExportEvent.Parse("{\"processor\":", "e.jsonl", 3);
        Assert.False(result.IsSuccess);
        Assert.Contains("not valid JSON", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Equal(3, result.Diagnostics[0].Line);
    }

    [Fact]
    public void Parse_BadLiteralBeforeALineBreak_QuotesTheTokenWithoutTheBreak()
    {
        var message = ExportEvent.Parse("nope\n", "e.jsonl", 1).Diagnostics[0].Message;

        Assert.Equal("not valid JSON: 'nope' is an invalid JSON literal.", message);
    }
}

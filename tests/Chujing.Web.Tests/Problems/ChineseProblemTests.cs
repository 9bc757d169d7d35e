using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Chujing.Domain.Diagnostics;
using Chujing.Web.Demo;
using Chujing.Web.Localization;

namespace Chujing.Web.Tests.Problems;

/// <summary>
/// The Chinese of a 400/422 problem (<c>messagesZh</c>) for a body that could not be read: invalid UTF-8, a property
/// given twice, the JSON parser's own sentences, a paging parameter out of range or not a number — each in Chinese,
/// naming the field, the line and the column; the English <c>errors</c> keep their wording.
/// </summary>
public abstract class ChineseProblemTests(PlatformFixture platform)
{
    [Theory]
    [InlineData("api/assess")]
    [InlineData("api/evidence")]
    [InlineData("api/filings")]
    [InlineData("api/check")]
    public async Task InvalidUtf8_ChineseNamingLineColumnAndByte(string path)
    {
        var problem = await PostAsync(path, [.. "{\"title\":\""u8, 0xFF, 0xFE, .. "\"}"u8], HttpStatusCode.BadRequest);
        Assert.Contains("not valid UTF-8", problem["errors"]!["body"]![0]!.ToString(), StringComparison.Ordinal);
        var zh = Single(problem);
        Assert.Equal("不是有效的 UTF-8 编码：第 1 行第 11 列的字节 0xFF 无法解码（请以 UTF-8 编码保存后再发送）。", zh);
    }

    [Theory]
    [InlineData("api/filings", """{"title":"a","title":"b"}""", "名称（第 1 行第 25 列）：重复给出；每个属性只能给出一次。")]
    [InlineData("api/assess", """{"processor":{"ciio":false},"processor":{"ciio":false},"importantData":false,"persons":{"personal":1,"sensitive":0}}""", "数据处理者：重复给出；每个属性只能给出一次。")]
    public async Task PropertyGivenTwice_ChineseNamingTheField(string path, string body, string expected)
    {
        var problem = await PostAsync(path, Encoding.UTF8.GetBytes(body), HttpStatusCode.BadRequest);
        Assert.Contains(expected, Messages(problem));
        Assert.Contains(problem["errors"]!.AsObject(), e => e.Value!.AsArray().Any(m => m!.ToString().StartsWith("is given twice", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("api/filings", "x", "第 1 行第 1 列：不是有效的 JSON：“x”不能作为值的开头")]
    [InlineData("api/assess", "x", "第 1 行第 1 列：不是有效的 JSON：“x”不能作为值的开头")]
    [InlineData("api/evidence", "[1,]", "第 1 行第 4 列：不是有效的 JSON：数组末尾多了一个逗号。")]
    [InlineData("api/filings", "{\n  \"title\": tru\n}", "第 2 行第 15 列：不是有效的 JSON：“tru”不是有效的 JSON 字面量")]
    [InlineData("api/filings", """{"title": "a" "purpose": "b"}""", "第 1 行第 15 列：不是有效的 JSON：值之后出现了“\"”，此处应为逗号“,”、“}”或“]”。")]
    [InlineData("api/filings", """{"title":""", "不是有效的 JSON：文档不完整，有未闭合的对象或数组（是否被截断？）。")]
    public async Task ParserSentences_InChineseWithLineAndColumn(string path, string body, string expected)
    {
        var problem = await PostAsync(path, Encoding.UTF8.GetBytes(body), HttpStatusCode.BadRequest);
        var zh = Single(problem);
        Assert.Contains(expected, zh, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", zh, StringComparison.Ordinal);
        Assert.DoesNotContain("invalid", zh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("api/notifications?pageSize=100000", HttpStatusCode.UnprocessableEntity, "pageSize", "pageSize：须为 1 至 100 之间的整数（每页条数）。")]
    [InlineData("api/notifications?page=0", HttpStatusCode.UnprocessableEntity, "page", "page：须为 1 至 100000 之间的页码。")]
    [InlineData("api/notifications?pageSize=abc", HttpStatusCode.BadRequest, "pageSize", "pageSize：须为整数（现为“abc”）。")]
    [InlineData("api/notifications?page=99999999999", HttpStatusCode.BadRequest, "page", "page：须为整数（现为“99999999999”）。")]
    [InlineData("api/audit?take=many", HttpStatusCode.BadRequest, "take", "take：须为整数（现为“many”）。")]
    [InlineData("api/deviations?severity=bogus", HttpStatusCode.UnprocessableEntity, "severity", "严重程度：“bogus”不是严重程度（serious 严重、major 主要、general 一般）（您是否要填：serious, major or general？）")]
    public async Task Paging_OutOfRangeOrNotANumber_ChineseNamingTheParameter(string path, HttpStatusCode status, string field, string expected)
    {
        var client = await platform.As(DemoAccounts.Daxing);
        var response = await client.GetAsync(path);
        var problem = await ApiTests.ProblemAsync(response, status);
        Assert.NotNull(problem["errors"]![field]);
        Assert.DoesNotContain("Nullable", problem.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(expected, Single(problem));
    }

    [Fact]
    public async Task EventField_LabelledAsTheEntryAndTheEventsLabel()
    {
        var problem = await PostAsync("api/evidence", """[{"processor":1,"time":"2026-06-01T00:00:00Z","recipient":"R","country":"DE","persons":1}]"""u8.ToArray(), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("第 1 项 · 数据处理者（统一社会信用代码）：须为字符串。", Messages(problem));
    }

    [Fact]
    public async Task FilingWith5000DuplicateFields_OneMessageSayingHowManyAndTheFirstFew_InBothLanguages()
    {
        var filing = ApiTests.NewFiling() with { Scenario = "bj-pharma-clinical-trial", Fields = [.. Enumerable.Repeat("blood-test", 5000)] };
        var client = await platform.As(DemoAccounts.EnterpriseA);
        var problem = await ApiTests.ProblemAsync(await client.PostAsJsonAsync("api/filings", filing), HttpStatusCode.UnprocessableEntity);
        var zh = Messages(problem);
        Assert.Equal(2, zh.Count);
        Assert.Equal("出境字段：最多 200 项（现有 5,000 项）。", zh[0]);
        Assert.Equal("出境字段：与第 1 项重复（共 199 处：出境字段第 2 项、出境字段第 3 项、出境字段第 4 项等，另有 196 处）。", zh[1]);
        var english = problem["errors"]!["fields"]!.AsArray().Select(m => m!.ToString()).ToList();
        Assert.Equal(["must list at most 200 entries (it has 5,000)", "is filed twice (as fields[0]) (199 times: fields[1], fields[2], fields[3] and 196 more)"], english);
    }

    [Fact]
    public async Task Unprocessable_DetailChineseFirstWithTheEnglishBeside()
    {
        var filing = ApiTests.NewFiling() with { Scenario = "bj-pharma-clinical-trial", Fields = [.. Enumerable.Repeat("blood-test", 300)] };
        var client = await platform.As(DemoAccounts.EnterpriseA);
        var problem = await ApiTests.ProblemAsync(await client.PostAsJsonAsync("api/filings", filing), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("出境字段：最多 200 项（现有 300 项）。 · fields: must list at most 200 entries (it has 300)", (string?)problem["detail"]);
        ApiTests.AssertChinese(problem);
    }

    [Fact]
    public async Task ManyEventsWithTheSameProblem_OneMessageForAll()
    {
        var events = string.Join(",", Enumerable.Repeat("""{"processor":"91110115MA01D8XK31","time":"2026-06-01T00:00:00Z","recipient":"R","persons":1}""", 150));
        var problem = await PostAsync("api/evidence", Encoding.UTF8.GetBytes("[" + events + "]"), HttpStatusCode.UnprocessableEntity);
        var zh = Single(problem);
        Assert.Equal("必填（共 150 处：第 1 项 · 国家或地区、第 2 项 · 国家或地区、第 3 项 · 国家或地区等，另有 147 处）。", zh);
    }

    private static string Single(JsonNode problem) => Assert.Single(Messages(problem));

    private static List<string> Messages(JsonNode problem) => [.. problem["messagesZh"]!.AsArray().Select(m => m!.ToString())];

    private async Task<JsonNode> PostAsync(string path, byte[] body, HttpStatusCode expected)
    {
        var client = await platform.As(DemoAccounts.EnterpriseA);
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return await ApiTests.ProblemAsync(await client.PostAsync(path, content), expected);
    }
}

/// <summary>The wording itself, for sentences a request rarely meets.</summary>
public sealed class ParserSentenceTests
{
    [Theory]
    [InlineData("'a' is an invalid start of a property name. Expected a '\"'. LineNumber: 0 | BytePositionInLine: 1.", "“a”不能作为属性名的开头（属性名须用双引号括起）。")]
    [InlineData("'1' is invalid after a property name. Expected a ':'. LineNumber: 0 | BytePositionInLine: 5.", "属性名之后出现了“1”，此处应为冒号“:”。")]
    [InlineData("'x' is invalid after a single JSON value. Expected end of data. LineNumber: 0 | BytePositionInLine: 7.", "一个完整的 JSON 值之后多出了“x”。")]
    [InlineData("Expected end of string, but instead reached end of data. LineNumber: 0 | BytePositionInLine: 4.", "字符串缺少结束的双引号，文档已结束。")]
    [InlineData("Invalid leading zero before '1'. LineNumber: 0 | BytePositionInLine: 1.", "数字不能以 0 开头（在“1”之前）。")]
    [InlineData("'q' is an invalid escapable character within a JSON string. The string should be correctly escaped.", "字符串中的转义“\\q”无效。")]
    [InlineData("'0x09' is invalid within a JSON string. The string should be correctly escaped.", "字符串中含有须转义的字符“0x09”。")]
    [InlineData("The input does not contain any JSON tokens. Expected the input to start with a valid JSON token, when isFinalBlock is true.", "内容为空，没有任何 JSON。")]
    [InlineData("The maximum configured depth of 64 has been exceeded. Cannot read next JSON array.", "嵌套超过 64 层。")]
    public void ParserSentence_InChinese(string english, string chinese)
    {
        var diagnostic = new Diagnostic(null, 1, 2, null, "is not valid JSON: " + english) { Kind = DiagnosticKind.Syntax };
        Assert.Equal("第 1 行第 2 列：不是有效的 JSON：" + chinese, FormMessages.DescribeAt(diagnostic, english: false));
        Assert.Equal("line 1, column 2: is not valid JSON: " + english, FormMessages.DescribeAt(diagnostic, english: true));
    }
}

[Collection(SqlitePlatformCollection.Name)]
public sealed class SqliteChineseProblemTests(SqlitePlatformFixture platform) : ChineseProblemTests(platform);

[Collection(PostgresPlatformCollection.Name)]
public sealed class PostgresChineseProblemTests(PostgresPlatformFixture platform) : ChineseProblemTests(platform);

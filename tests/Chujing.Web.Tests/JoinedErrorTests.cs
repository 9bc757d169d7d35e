using Chujing.Web.Demo;

namespace Chujing.Web.Tests;

/// <summary>
/// A form refused for several reasons reads as one Chinese line: each message under its label, "；" between them,
/// never after a full stop ("。；"); the pathway form's messages in Chinese under its labels.
/// </summary>
[Collection(SqlitePlatformCollection.Name)]
public sealed class JoinedErrorTests(SqlitePlatformFixture platform)
{
    [Fact]
    public async Task ListApplication_TwoProblems_NoFullStopBeforeSemicolon()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var error = await PostAsync(enterprise, "Applications", "Applications?handler=Apply", new() { ["edition"] = "", ["statement"] = "" }, "application-error");
        Assert.Contains("。", error, StringComparison.Ordinal);
        Assert.DoesNotContain("。；", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PathwayRecord_ThreeProblems_NoFullStopBeforeSemicolon()
    {
        var enterprise = await platform.As(DemoAccounts.EnterpriseA);
        var error = await PostAsync(enterprise, "Filings/Details/F-2026-0001", "Filings/Details/F-2026-0001?handler=Pathway", new() { ["reference"] = "", ["date"] = "" }, "action-error");
        Assert.Contains("评估结果编号／标准合同备案编号：请填写评估结果编号或标准合同备案编号（至多 100 个字符）。", error, StringComparison.Ordinal);
        Assert.Contains("日期：请填写日期（YYYY-MM-DD）。", error, StringComparison.Ordinal);
        Assert.DoesNotContain("。；", error, StringComparison.Ordinal);
        Assert.DoesNotContain("required", error, StringComparison.Ordinal);
        Assert.DoesNotContain("reference：", error, StringComparison.Ordinal);
    }

    private static async Task<string> PostAsync(HttpClient client, string page, string action, Dictionary<string, string> form, string testId)
    {
        form["__RequestVerificationToken"] = ApiTests.AntiforgeryToken(await client.GetStringAsync(page));
        var html = await (await client.PostAsync(action, new FormUrlEncodedContent(form))).Content.ReadAsStringAsync();
        return Labels.PageText.Of(html, testId).Single();
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Chujing.Domain.Diagnostics;
using Chujing.Web.Demo;
using Chujing.Web.Problems;

namespace Chujing.Web.Tests.Problems;

/// <summary>
/// Every problem the API answers says what is wrong in Chinese, as the 400/422 problems do: <c>messagesZh</c> and a
/// detail of <c>中文 · English</c> — for a record not found (filing, notice, spot check, finding …), an action not
/// permitted, a bare 401/403/404/405/415 and a body that cannot be read alike.
/// </summary>
[Collection(SqlitePlatformCollection.Name)]
public sealed class ApiProblemTextTests(SqlitePlatformFixture platform)
{
    public static TheoryData<string?, string, string, string?, int, string> Requests => new()
    {
        // account, method, path, JSON body (null: none), status, a word the Chinese must have
        { DemoAccounts.EnterpriseA, "GET", "api/filings/F-1999-9999", null, 404, "备案“F-1999-9999”不存在" },
        { DemoAccounts.EnterpriseA, "GET", "api/filings/F-1999-9999/documents/application.pdf", null, 404, "F-1999-9999" },
        { DemoAccounts.EnterpriseA, "POST", "api/editions/notices/999999/move", null, 404, "修订通知 999999 不存在" },
        { DemoAccounts.City, "GET", "api/editions/beijing-ftz/1999", null, 404, "清单版本“beijing-ftz/1999”不存在" },
        { DemoAccounts.Daxing, "GET", "api/spot-checks/SC-1999-9999", null, 404, "抽验 SC-1999-9999 不存在" },
        { DemoAccounts.Daxing, "GET", "api/findings/FD-1999-9999", null, 404, "抽验问题 FD-1999-9999 不存在" },
        { DemoAccounts.Daxing, "GET", "api/rating-objections/RO-1999-9999", null, 404, "异议 RO-1999-9999 不存在" },
        { DemoAccounts.Daxing, "GET", "api/processors/911100000000000000/rating", null, 404, "数据处理者 911100000000000000 不存在" },
        { DemoAccounts.Daxing, "POST", "api/applications/999999/approve", null, 404, "清单使用申请 999999 不存在" },
        { DemoAccounts.EnterpriseA, "POST", "api/notifications/999999/read", null, 404, "通知 999999 不存在" },
        { DemoAccounts.EnterpriseA, "DELETE", "api/tokens/999999", null, 404, "API 令牌 999999 不存在" },
        { DemoAccounts.City, "GET", "api/accounts/no-such-account", null, 404, "账户 no-such-account 不存在" },
        { DemoAccounts.EnterpriseA, "GET", "api/no/such/endpoint", null, 404, "不存在" },
        { DemoAccounts.Daxing, "POST", "api/filings", "{}", 403, "权限" },
        { null, "GET", "api/filings", null, 401, "登录" },
        { DemoAccounts.EnterpriseA, "PUT", "api/filings", "{}", 405, "请求方法" },
        { DemoAccounts.EnterpriseA, "POST", "api/filings", null, 415, "application/json" },
        { DemoAccounts.EnterpriseA, "POST", "api/filings", "{\"title\":", 400, "JSON" },
        { DemoAccounts.EnterpriseA, "POST", "api/filings", "{}", 422, "请" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task EveryStatus_ChineseFirstWithMessagesZh(string? account, string method, string path, string? body, int status, string chinese)
    {
        var problem = await SendAsync(account, method, path, body, accept: null, status);
        ApiTests.AssertChinese(problem);
        Assert.Contains(chinese, string.Join("\n", problem["messagesZh"]!.AsArray().Select(m => (string?)m)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "api/filings/F-1999-9999", null, 404)]
    [InlineData("PUT", "api/filings", "{}", 405)]
    [InlineData("POST", "api/filings", null, 415)]
    public async Task AskingForHtml_StillChineseProblemJson(string method, string path, string? body, int status)
    {
        var problem = await SendAsync(DemoAccounts.EnterpriseA, method, path, body, accept: "text/html", status);
        ApiTests.AssertChinese(problem);
    }

    [Fact]
    public async Task ForeignOrigin_403InChinese()
    {
        var client = await platform.As(DemoAccounts.EnterpriseB);
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/filings") { Content = JsonContent.Create(ApiTests.NewFiling()) };
        request.Headers.Add("Origin", "http://evil.example");
        var problem = await ApiTests.ProblemAsync(await client.SendAsync(request), HttpStatusCode.Forbidden);
        Assert.StartsWith("携带会话 Cookie 的修改类 API 请求必须来自本站", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongPassword_401InChinese()
    {
        using var client = platform.Anonymous();
        var problem = await ApiTests.ProblemAsync(await client.PostAsJsonAsync("api/auth/login", new { email = "nobody@demo.local", password = "wrong-password" }), HttpStatusCode.Unauthorized);
        Assert.StartsWith("电子邮箱或密码错误", (string?)problem["detail"], StringComparison.Ordinal);
    }

    /// <summary>Each message a service returns as not found, forbidden or a conflict has its own Chinese, not the status's sentence.</summary>
    [Theory]
    [InlineData("filing 'F-2026-0001' does not exist or is not visible to you", "备案“F-2026-0001”不存在，或您无权查看。")]
    [InlineData("notice 7 does not exist or is not visible to you", "修订通知 7 不存在，或您无权查看。")]
    [InlineData("spot check SC-2026-0001 not found", "抽验 SC-2026-0001 不存在，或您无权查看。")]
    [InlineData("finding FD-1 not found", "抽验问题 FD-1 不存在，或您无权查看。")]
    [InlineData("objection RO-1 not found", "异议 RO-1 不存在，或您无权查看。")]
    [InlineData("no drawn spot check SC-1 awaits payloads", "没有等待提交数据原件的已抽取抽验 SC-1。")]
    [InlineData("processor 91110000 has no evidence ledger yet (no export has been recorded)", "数据处理者 91110000 尚无存证日志（还没有记录任何出境）。")]
    [InlineData("leaf 9 is not in the tree of 3 leaves", "账本记录 #9 不在含 3 条记录的树中。")]
    [InlineData("attachment 4 of filing 'F-1' does not exist or is not visible to you", "备案“F-1”没有附件 4，或您无权查看。")]
    [InlineData("draft beijing-ftz/2026 does not exist or is not visible to you", "草稿版本“beijing-ftz/2026”不存在（或已发布），或您无权查看。")]
    [InlineData("the signed-in account no longer exists", "当前登录的账户已不存在。")]
    public void NotFound_MessageOfTheServiceInChinese(string english, string chinese)
    {
        var problem = ProblemMapping.ToProblem(new NotFoundError(english));
        Assert.Equal([chinese], (string[])problem.Extensions[ProblemText.MessagesZh]!);
        Assert.Equal(chinese + " · " + english, problem.Detail);
    }

    [Theory]
    [InlineData("filings are read-only for this account", "此账户只能查看备案，不能修改。")]
    [InlineData("only the enterprise records its pathway's result", "只有备案企业可以登记出境途径的结果。")]
    [InlineData("only the filing's enterprise attaches documents", "只有备案企业可以上传附件。")]
    [InlineData("only the filing's enterprise removes its documents", "只有备案企业可以删除附件。")]
    [InlineData("an officer registers processors in their own zone group only", "组团工作人员只能登记本组团的数据处理者。")]
    [InlineData("an officer plans checks of their own zone group", "组团工作人员只能计划本组团的抽验。")]
    public void Forbidden_MessageOfTheServiceInChinese(string english, string chinese)
    {
        var problem = ProblemMapping.ToProblem(new ForbiddenError(english));
        Assert.Equal([chinese], (string[])problem.Extensions[ProblemText.MessagesZh]!);
        Assert.StartsWith(chinese + " · ", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Conflict_VersionInChinese()
    {
        var problem = ProblemMapping.ToProblem(new ConflictError("filing 'F-1' is at version 3, not 2"));
        Assert.Equal("备案“F-1”已被他人修改：当前为第 3 版，而不是第 2 版。请重新读取后重试。", ((string[])problem.Extensions[ProblemText.MessagesZh]!)[0]);
        Assert.EndsWith("filing 'F-1' is at version 3, not 2; read it again and retry", problem.Detail, StringComparison.Ordinal);
    }

    private async Task<JsonNode> SendAsync(string? account, string method, string path, string? body, string? accept, int status)
    {
        using var anonymous = account is null ? platform.Anonymous() : null;
        var client = anonymous ?? await platform.As(account!);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }
        else if (status == 415)
        {
            request.Content = new StringContent("title=x", Encoding.UTF8, "text/plain");
        }

        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }

        return await ApiTests.ProblemAsync(await client.SendAsync(request), (HttpStatusCode)status);
    }
}

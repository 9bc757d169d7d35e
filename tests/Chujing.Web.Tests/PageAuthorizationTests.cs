using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Reflection;
using System.Text;
using Chujing.Web.Demo;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chujing.Web.Tests;

/// <summary>
/// Every POST handler of every page × every role, posted as a browser posts a form (anti-forgery token, no redirects
/// followed): a signed-in account without the permission gets 403 at the address it posted to, with the Chinese
/// access-denied page in the layout — never a redirect (a client that does not follow it takes it for success) —
/// and an account with the permission passes authorization (whatever its empty form then earns). No handler answers
/// 500. The table must name every handler the pages have, so that a new one cannot go unchecked.
/// </summary>
public abstract class PageAuthorizationTests(PlatformFixture platform)
{
    private const bool F = false;
    private const bool P = true;

    /// <summary>Roles in the table's order: an enterprise (its administrator), a zone-group officer, the city.</summary>
    private static readonly string[] Roles = [DemoAccounts.EnterpriseA, DemoAccounts.Daxing, DemoAccounts.City];

    /// <summary>(page, handler, address to post to, extra form fields, passes as enterprise / officer / city).</summary>
    private static readonly (string Page, string Handler, string Path, string Fields, bool Enterprise, bool Officer, bool City)[] Table =
    [
        ("/Account/Login", "", "Account/Login", "", P, P, P),
        ("/Account/Password", "", "Account/Password", "", P, P, P),
        ("/Account/Security", "Enable", "Account/Security?handler=Enable", "", P, P, P),
        ("/Account/Security", "Codes", "Account/Security?handler=Codes", "", P, P, P),
        ("/Account/Security", "Disable", "Account/Security?handler=Disable", "", P, P, P),
        ("/Account/SetPassword", "", "Account/SetPassword", "", P, P, P),
        ("/Account/Tokens", "Create", "Account/Tokens?handler=Create", "", P, F, F),
        ("/Account/Tokens", "Revoke", "Account/Tokens?handler=Revoke", "id=0", P, F, F),
        ("/Account/TwoFactor", "", "Account/TwoFactor", "", P, P, P),
        ("/Accounts/Index", "Create", "Accounts?handler=Create", "", P, F, P),
        ("/Accounts/Index", "Lock", "Accounts?handler=Lock", "id=none", P, F, P),
        ("/Accounts/Index", "Unlock", "Accounts?handler=Unlock", "id=none", P, F, P),
        ("/Accounts/Index", "Move", "Accounts?handler=Move", "id=none", P, F, P),
        ("/Accounts/Index", "TwoFactor", "Accounts?handler=TwoFactor", "id=none", P, F, P),
        ("/Accounts/Index", "Reset", "Accounts?handler=Reset", "id=none", P, F, P),
        ("/Applications/Index", "Apply", "Applications?handler=Apply", "", P, F, F),
        ("/Applications/Index", "Decide", "Applications?handler=Decide", "id=0&decision=approve", F, P, F),
        ("/Editions/Index", "", "Editions", "", F, F, P),
        ("/Editions/Index", "Import", "Editions?handler=Import", "", F, F, P),
        ("/Editions/Notices", "Move", "Editions/Notices?handler=Move", "id=0", P, F, F),
        ("/Editions/SelfAssess", "", "Editions/SelfAssess", "", P, P, P),
        ("/Editions/Show", "Edit", "Editions/Show?handler=Edit&id=beijing-ftz/2024", "", F, F, P),
        ("/Editions/Show", "Remove", "Editions/Show?handler=Remove&id=beijing-ftz/2024", "", F, F, P),
        ("/Editions/Show", "Approval", "Editions/Show?handler=Approval&id=beijing-ftz/2024", "", F, F, P),
        ("/Editions/Show", "Publish", "Editions/Show?handler=Publish&id=beijing-ftz/2024", "", F, F, P),
        ("/Error", "", "Error/400", "", P, P, P),
        ("/Evidence/Index", "Upload", "Evidence?handler=Upload", "", P, F, F),
        ("/Filings/Details", "Act", "Filings/Details/F-2026-0001?handler=Act", "action=submit", P, F, F),
        ("/Filings/Details", "Act", "Filings/Details/F-2026-0001?handler=Act", "action=approve", F, P, F),
        ("/Filings/Details", "Pathway", "Filings/Details/F-2026-0001?handler=Pathway", "", P, F, F),
        ("/Filings/Details", "Attach", "Filings/Details/F-2026-0001?handler=Attach", "kind=none", P, F, F),
        ("/Filings/Details", "Detach", "Filings/Details/F-2026-0001?handler=Detach", "attachment=0", P, F, F),
        ("/Filings/Edit", "", "Filings/Edit", "", P, F, F),
        ("/Findings/Index", "Rectify", "Findings?handler=Rectify", "id=none", P, F, F),
        ("/Findings/Index", "Decide", "Findings?handler=Decide", "id=none&decision=accept", F, P, F),
        ("/Findings/Index", "Object", "Findings?handler=Object", "", P, F, F),
        ("/Findings/Index", "Objection", "Findings?handler=Objection", "id=none&decision=uphold", F, P, F),
        ("/Notifications/Index", "Read", "Notifications?handler=Read", "id=0", P, P, P),
        ("/Notifications/Index", "ReadAll", "Notifications?handler=ReadAll", "", P, P, P),
        ("/Processors/Index", "", "Processors", "", F, P, P),
        ("/SpotChecks/Index", "Plan", "SpotChecks?handler=Plan", "", F, P, P),
        ("/SpotChecks/Details", "Draw", "SpotChecks/Details?handler=Draw&id=none", "", F, P, P),
        ("/SpotChecks/Details", "Run", "SpotChecks/Details?handler=Run&id=none", "", F, P, P),
        ("/SpotChecks/Details", "Recuse", "SpotChecks/Details?handler=Recuse&id=none", "filing=none", F, P, P),
        ("/SpotChecks/Details", "Payload", "SpotChecks/Details?handler=Payload&id=none", "leaf=0", P, F, F),

        // Last, for it ends the session: signing out is for everyone.
        ("/Account/Logout", "", "Account/Logout", "", P, P, P),
    ];

    [Fact]
    public void Table_NamesEveryPostHandlerOfEveryPage()
    {
        var handlers = typeof(PlatformApp).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(PageModel)) && t.Namespace?.StartsWith("Chujing.Web.Pages", StringComparison.Ordinal) == true)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => m.Name.StartsWith("OnPost", StringComparison.Ordinal))
                .Select(m => PagePath(t) + "#" + HandlerName(m.Name)))
            .ToHashSet(StringComparer.Ordinal);
        var listed = Table.Select(r => r.Page + "#" + r.Handler).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(handlers);
        Assert.Empty(handlers.Except(listed));
        Assert.Empty(listed.Except(handlers));
    }

    [Fact]
    public async Task EveryPagePostHandler_EveryRole_PassesOr403WithTheChinesePage()
    {
        var mismatches = new List<string>();
        for (var i = 0; i < Roles.Length; i++)
        {
            using var client = await SignInAsync(Roles[i]);
            var home = await client.SendAsync(Html(HttpMethod.Get, string.Empty));
            var token = ApiTests.AntiforgeryToken(await home.Content.ReadAsStringAsync());
            foreach (var row in Table)
            {
                var passes = i switch { 0 => row.Enterprise, 1 => row.Officer, _ => row.City };
                using var request = Html(HttpMethod.Post, row.Path);
                request.Content = Form(token, row.Fields);
                using var response = await client.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                var what = $"POST {row.Path} [{row.Fields}] as {Roles[i]}: {(int)response.StatusCode} {response.Headers.Location}";
                if (response.Headers.Location?.OriginalString.Contains("Denied", StringComparison.OrdinalIgnoreCase) == true
                    || response.Headers.Location?.OriginalString.Contains("/Account/Login", StringComparison.OrdinalIgnoreCase) == true && row.Page is not ("/Account/TwoFactor" or "/Account/Logout"))
                {
                    mismatches.Add(what + " (a redirect instead of 403)");
                }
                else if ((int)response.StatusCode >= 500)
                {
                    mismatches.Add(what + " (a server error)");
                }
                else if (passes && response.StatusCode == HttpStatusCode.Forbidden)
                {
                    mismatches.Add(what + " (expected to pass authorization)");
                }
                else if (!passes && response.StatusCode != HttpStatusCode.Forbidden)
                {
                    mismatches.Add(what + " (expected 403)");
                }
                else if (!passes && !(body.Contains("data-testid=\"error-page\"", StringComparison.Ordinal) && body.Contains("无权访问", StringComparison.Ordinal)))
                {
                    mismatches.Add(what + " (403 without the Chinese access-denied page)");
                }
            }
        }

        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    [Fact]
    public async Task EvidenceUpload_ByAnOfficer_Is403WithoutARedirect_AndAnApiClientGetsAProblem()
    {
        using var officer = await SignInAsync(DemoAccounts.Daxing);
        var page = await officer.SendAsync(Html(HttpMethod.Get, "Evidence"));
        var token = ApiTests.AntiforgeryToken(await page.Content.ReadAsStringAsync());
        using var browser = Html(HttpMethod.Post, "Evidence?handler=Upload");
        browser.Content = Form(token, string.Empty);
        var denied = await officer.SendAsync(browser);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Null(denied.Headers.Location);
        Assert.Equal("text/html", denied.Content.Headers.ContentType?.MediaType);
        Assert.Contains("无权访问", await denied.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // A client that does not ask for HTML gets the same status as a problem.
        var script = await officer.PostAsync("Evidence?handler=Upload", Form(token, string.Empty));
        Assert.Equal(HttpStatusCode.Forbidden, script.StatusCode);
        Assert.Null(script.Headers.Location);
    }

    [Fact]
    public async Task Page_Anonymous_IsStillSentToSignIn()
    {
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = platform.BaseAddress };
        var response = await anonymous.SendAsync(Html(HttpMethod.Get, "Evidence"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignInAsync(string email)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = platform.BaseAddress };
        (await client.PostAsJsonAsync("api/auth/login", new { email, password = DemoAccounts.Password })).EnsureSuccessStatusCode();
        return client;
    }

    // Multipart, so that a handler that takes a file gets one (and one that does not ignores it).
    private static MultipartFormDataContent Form(string token, string fields)
    {
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var pair in fields.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (name, value) = (pair[..pair.IndexOf('=', StringComparison.Ordinal)], pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            form.Add(new StringContent(value), name);
        }

        foreach (var file in (string[])["events", "workbook", "payload", "file"])
        {
            var content = new ByteArrayContent(Encoding.UTF8.GetBytes("{}\n"));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(content, file, file + ".bin");
        }

        return form;
    }

    private static HttpRequestMessage Html(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        return request;
    }

    // Chujing.Web.Pages.Filings.DetailsModel → /Filings/Details; Chujing.Web.Pages.ErrorModel → /Error.
    private static string PagePath(Type model)
    {
        var folder = model.Namespace!["Chujing.Web.Pages".Length..].Replace('.', '/');
        return folder + "/" + model.Name[..^"Model".Length];
    }

    private static string HandlerName(string method)
    {
        var name = method["OnPost".Length..];
        return name.EndsWith("Async", StringComparison.Ordinal) ? name[..^"Async".Length] : name;
    }
}

[Collection(SqlitePlatformCollection.Name)]
public sealed class SqlitePageAuthorizationTests(SqlitePlatformFixture platform) : PageAuthorizationTests(platform);

[Collection(PostgresPlatformCollection.Name)]
public sealed class PostgresPageAuthorizationTests(PostgresPlatformFixture platform) : PageAuthorizationTests(platform);

using Chujing.Domain.Diagnostics;
using Chujing.Web.Access;
using Chujing.Web.Problems;
using Chujing.Web.Tokens;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chujing.Web.Pages.Account;

/// <summary>The enterprise's API tokens for export gateways and ETL jobs: make one (shown once), see when each was last used, revoke.</summary>
[Authorize(Policy = Permissions.TokensManage)]
public sealed class TokensModel(TokenService tokens) : PageModel
{
    public IReadOnlyList<TokenView> Tokens { get; private set; } = [];

    /// <summary>The token just made; shown on this response only.</summary>
    public CreatedToken? Created { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Tokens = await tokens.ListAsync(Caller.From(User), ct).ConfigureAwait(false);

    public async Task<IActionResult> OnPostCreateAsync(string? name, CancellationToken ct)
    {
        try
        {
            Created = await tokens.CreateAsync(Caller.From(User), new TokenRequest(name, null), ct).ConfigureAwait(false);
        }
        catch (InvalidInputException e)
        {
            Error = string.Join("；", e.Diagnostics.Select(d => (d.Subject == "name" ? "令牌名称" : d.Subject) + "：" + Chinese(d)));
        }

        await OnGetAsync(ct).ConfigureAwait(false);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken ct)
    {
        try
        {
            await tokens.RevokeAsync(Caller.From(User), id, ct).ConfigureAwait(false);
        }
        catch (ResourceNotFoundException)
        {
            return NotFound();
        }

        return RedirectToPage();
    }

    private static string Chinese(Diagnostic d) => d.Message switch
    {
        var m when m.StartsWith("a name is required", StringComparison.Ordinal) => "必填（例如 出境网关、夜间 ETL）",
        var m when m.StartsWith("at most", StringComparison.Ordinal) => $"最多 {TokenService.MaxName} 个字符",
        var m when m.StartsWith("a processor holds at most", StringComparison.Ordinal) => $"每个数据处理者最多持有 {TokenService.MaxTokensPerProcessor} 个令牌，请先撤销一个",
        var m => m,
    };
}
